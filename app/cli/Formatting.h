#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

#include "ArgParser.h"

#include <optional>

namespace confidant::cli {

class CommandContext;

//! Small helpers the CRM commands share: times, uids, cursors.
class Formatting
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)

public:
    //! ISO-8601 UTC with milliseconds (DESIGN.md: times in UTC, ISO-8601 outside the vault).
    static QString isoTime(qint64 ms);
    //! The canonical lower-case form of a uid argument; reports a usage error (without echoing the
    //! argument, which may be a name typed by mistake) and returns nullopt when it is not a uid.
    static std::optional<QString> uidArgument(CommandContext& ctx, const QString& what);
};

} // namespace confidant::cli
