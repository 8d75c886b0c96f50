#include "Formatting.h"

#include "core/crm/Paging.h"

#include <QDateTime>
#include <QUuid>

#include "CommandContext.h"

#include <cstring>

namespace confidant::cli {

QString Formatting::isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<QString> Formatting::uidArgument(CommandContext& ctx, const QString& what)
{
    const QString text = ctx.args().arguments.value(0).trimmed();
    const QUuid uid = QUuid::fromString(text);
    if (uid.isNull()) {
        ctx.usage(tr("%1 must be a uid (8-4-4-4-12 hex digits), as printed by add, list and search.").arg(what));
        return std::nullopt;
    }
    return uid.toString(QUuid::WithoutBraces);
}

} // namespace confidant::cli
