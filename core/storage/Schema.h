#pragma once

#include "core/Result.h"

#include <QCoreApplication>

namespace confidant::storage {

class Database;

//! The vault schema as numbered migrations, applied through `PRAGMA user_version`.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    //! The schema version this program writes.
    static int latestVersion();
    //! Reads `PRAGMA user_version`.
    static Result<int> currentVersion(Database& db);
    //! Applies every migration after the current version up to `target` (default: latest), each in
    //! its own transaction; a failing step leaves the vault at the previous version.
    static Result<void> migrate(Database& db, int target = -1);
};

} // namespace confidant::storage
