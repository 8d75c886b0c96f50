#include "Vault.h"

#include "core/storage/KeyStore.h"
#include "core/storage/RecoveryCode.h"
#include "core/storage/SafeFile.h"
#include "core/storage/Schema.h"
#include "core/storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <fcntl.h>
#include <openssl/evp.h>
#include <sqlite3.h>
#include <unistd.h>

#include <utility>

namespace confidant::storage {

namespace {

constexpr int kKeyBytes = 32;
constexpr int kSaltBytes = 16;
// As costly as SQLCipher 4's own passphrase KDF (PBKDF2-HMAC-SHA512, 256,000 iterations), so the key
// check in vault.json is no cheaper to attack than the vault itself.
constexpr int kCheckIterations = 256000;
constexpr qint64 kPageSize = 4096;

QByteArray pbkdf2(const SecretBuffer& material, const QByteArray& salt, int iterations)
{
    QByteArray out(kKeyBytes, '\0');
    const int ok = PKCS5_PBKDF2_HMAC(material.data(),
                                     static_cast<int>(material.size()),
                                     reinterpret_cast<const unsigned char*>(salt.constData()),
                                     static_cast<int>(salt.size()),
                                     iterations,
                                     EVP_sha512(),
                                     static_cast<int>(out.size()),
                                     reinterpret_cast<unsigned char*>(out.data()));
    return ok == 1 ? out : QByteArray();
}

SecretBuffer keySpecFor(KeySource source, const SecretBuffer& material)
{
    return source == KeySource::Keychain ? material.toRawKeySpec() : material.clone();
}

QString keySourceName(KeySource source)
{
    return source == KeySource::Keychain ? QStringLiteral("keychain") : QStringLiteral("passphrase");
}

// Whether this process may create files in `folder` (the -wal and -shm files SQLite keeps beside a WAL
// database): not on a read-only mount (EROFS), not without write permission (EACCES).
bool folderWritable(const QString& folder)
{
    return ::faccessat(AT_FDCWD, QFile::encodeName(folder).constData(), W_OK | X_OK, AT_EACCESS) == 0;
}

// How to read a vault file that cannot be written here. SQLite reads a WAL database through its -shm index
// and -wal file; in a folder it cannot write it cannot make them (docs/SECURITY.md "Read-only vaults").
Result<Database::OpenMode> readOnlyModeFor(const QString& path)
{
    if (folderWritable(QFileInfo(path).absolutePath())) {
        return Database::OpenMode::ReadOnly; // the file alone is read-only: SQLite makes -wal and -shm
    }
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (!wal.exists() || wal.size() == 0) {
        // Closed cleanly: everything is in confidant.db, and nothing can change it here.
        return Database::OpenMode::Immutable;
    }
    if (QFileInfo::exists(path + QStringLiteral("-shm"))) {
        // Another Confidant has it open (or stopped while it had): its WAL is read through the index.
        return Database::OpenMode::ReadOnly;
    }
    return makeError(ErrorKind::Io,
                     Vault::tr("The vault's folder is read-only, and changes not yet moved into confidant.db wait in "
                               "confidant.db-wal, which cannot be read here without confidant.db-shm. Copy the vault "
                               "folder to a writable place and open the copy."));
}

void removeVaultFiles(const QString& dir)
{
    for (const char* suffix : {"", "-wal", "-shm"}) {
        QFile::remove(QDir(dir).filePath(QString::fromLatin1(Vault::kDatabaseFile) + QString::fromLatin1(suffix)));
    }
    QFile::remove(QDir(dir).filePath(QString::fromLatin1(Vault::kDescriptorFile)));
}

} // namespace

Result<void> Vault::writeDescriptorFile(const QString& path, const VaultDescriptor& d)
{
    QJsonObject kdf {{QStringLiteral("algorithm"), d.kdfAlgorithm},
                     {QStringLiteral("iterations"), d.kdfIterations},
                     {QStringLiteral("salt"), QString::fromLatin1(d.kdfSalt.toBase64())},
                     {QStringLiteral("check"), QString::fromLatin1(d.keyCheck.toBase64())}};
    QJsonObject root {{QStringLiteral("uid"), d.uid},
                      {QStringLiteral("format_version"), d.formatVersion},
                      {QStringLiteral("key_source"), keySourceName(d.keySource)},
                      {QStringLiteral("created_at"), d.createdAtMs},
                      {QStringLiteral("cipher"), QStringLiteral("sqlcipher4-defaults")},
                      {QStringLiteral("cipher_memory_security"), d.cipherMemorySecurity},
                      {QStringLiteral("key_check"), kdf}};
    const QString dir = QFileInfo(path).absolutePath();
    SafeFile file(path);
    if (auto opened = file.open(); !opened) {
        return makeError(ErrorKind::Io,
                         Vault::tr("Cannot write vault.json in %1; check the folder's permissions.").arg(dir),
                         opened.error().detail);
    }
    file.device().write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (auto committed = file.commit(SafeFile::Existing::Replace); !committed) {
        return makeError(committed.error().kind == ErrorKind::DiskFull ? ErrorKind::DiskFull : ErrorKind::Io,
                         Vault::tr("Cannot write vault.json in %1; check free space and permissions.").arg(dir),
                         committed.error().detail);
    }
    return {};
}

namespace {

Result<void> writeDescriptor(const QString& dir, const VaultDescriptor& d)
{
    return Vault::writeDescriptorFile(QDir(dir).filePath(QString::fromLatin1(Vault::kDescriptorFile)), d);
}

} // namespace

Vault::~Vault()
{
    m_db.close();
    releaseLock();
}

QString Vault::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("vault"));
}

bool Vault::exists(const QString& dir)
{
    return QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(kDatabaseFile)))
        || QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(kDescriptorFile)));
}

QString Vault::databasePath() const
{
    return QDir(m_dir).filePath(QString::fromLatin1(kDatabaseFile));
}

Result<VaultDescriptor> Vault::readDescriptor(const QString& dir)
{
    // A file (or a device) where the folder should be is not a vault: exit 4 like any other non-vault, not
    // "no vault here" (exit 5), which invites an init that cannot succeed (CLI.md "Exit codes").
    if (const QFileInfo folder(dir); folder.exists() && !folder.isDir()) {
        return makeError(ErrorKind::Corrupt,
                         tr("%1 is a file, not a vault folder; give the folder that holds the vault.").arg(dir));
    }
    const QString path = QDir(dir).filePath(QString::fromLatin1(kDescriptorFile));
    const bool haveDb = QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(kDatabaseFile)));
    if (!QFileInfo::exists(path)) {
        if (haveDb) {
            return makeError(ErrorKind::Corrupt,
                             tr("%1 has a database but no vault.json, so it is not a usable Confidant vault; restore "
                                "vault.json from a backup.")
                                 .arg(dir));
        }
        return makeError(ErrorKind::NotFound,
                         tr("There is no vault in %1; create one first (confidant-cli init).").arg(dir));
    }
    return readDescriptorFile(path, dir);
}

Result<VaultDescriptor> Vault::readDescriptorFile(const QString& path, const QString& dir)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::Io, tr("Cannot read %1; check its permissions.").arg(path), file.errorString());
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &parseError);
    const QJsonObject root = doc.object();
    const QString uid = root.value(QStringLiteral("uid")).toString();
    const QString source = root.value(QStringLiteral("key_source")).toString();
    if (parseError.error != QJsonParseError::NoError || QUuid::fromString(uid).isNull()
        || (source != QStringLiteral("keychain") && source != QStringLiteral("passphrase"))) {
        return makeError(ErrorKind::Corrupt,
                         tr("vault.json in %1 is damaged; restore it from a backup.").arg(dir),
                         parseError.errorString());
    }
    VaultDescriptor d;
    d.uid = uid;
    d.formatVersion = root.value(QStringLiteral("format_version")).toInt();
    d.keySource = source == QStringLiteral("keychain") ? KeySource::Keychain : KeySource::Passphrase;
    d.createdAtMs = root.value(QStringLiteral("created_at")).toInteger();
    d.cipherMemorySecurity = root.value(QStringLiteral("cipher_memory_security")).toBool();
    const QJsonObject kdf = root.value(QStringLiteral("key_check")).toObject();
    d.kdfAlgorithm = kdf.value(QStringLiteral("algorithm")).toString();
    d.kdfIterations = kdf.value(QStringLiteral("iterations")).toInt();
    d.kdfSalt = QByteArray::fromBase64(kdf.value(QStringLiteral("salt")).toString().toLatin1());
    d.keyCheck = QByteArray::fromBase64(kdf.value(QStringLiteral("check")).toString().toLatin1());
    // A tampered iteration count must not turn every failed unlock into minutes of PBKDF2.
    if (d.kdfIterations < kCheckIterations || d.kdfIterations > 10 * kCheckIterations) {
        return makeError(ErrorKind::Corrupt,
                         tr("vault.json in %1 is damaged; restore it from a backup.").arg(dir),
                         QStringLiteral("key_check.iterations out of range"));
    }
    if (d.formatVersion > kFormatVersion) {
        return makeError(ErrorKind::Unsupported,
                         tr("This vault was written by a newer version of Confidant; update Confidant to open it."));
    }
    return d;
}

Result<Database> Vault::connect(const QString& path,
                                const SecretBuffer& keySpec,
                                const VaultDescriptor& descriptor,
                                const SecretBuffer& keyMaterial,
                                QString* cipherVersion)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db) {
        return db.error();
    }
    // SQLite opens a file it may not write for reading only; a folder it may not write would let it read
    // nothing of a WAL database. Either way the vault is read here without writing anything.
    if (db->isReadOnly() || !folderWritable(QFileInfo(path).absolutePath())) {
        auto mode = readOnlyModeFor(path);
        if (!mode) {
            return mode.error();
        }
        db = Database::open(path, *mode);
        if (!db) {
            return db.error();
        }
    }
    // Until the key and the file are proven good, closing must not checkpoint a WAL into the file.
    db->setCheckpointOnClose(false);
    auto version = db->queryText("PRAGMA cipher_version");
    if (!version) {
        return version.error();
    }
    if (!version->has_value() || (*version)->isEmpty()) {
        return makeError(ErrorKind::Unsupported,
                         tr("This SQLite library has no encryption (no SQLCipher codec); Confidant will not store data "
                            "with it. Rebuild Confidant with its bundled SQLCipher."));
    }
    if (cipherVersion) {
        *cipherVersion = **version;
    }
    if (auto r = db->applyKey(keySpec); !r) {
        return r.error();
    }
    if (descriptor.cipherMemorySecurity) {
        (void)db->exec("PRAGMA cipher_memory_security = ON");
    }
    // The first read decrypts page 1: a wrong key and a damaged file both fail here, and nothing has
    // been written yet, so the file stays byte-identical.
    auto probe = db->queryInt("SELECT count(*) FROM sqlite_schema");
    if (!probe) {
        if (probe.error().kind != ErrorKind::Corrupt) {
            return probe.error();
        }
        const bool checkable = !descriptor.kdfSalt.isEmpty() && !descriptor.keyCheck.isEmpty()
            && descriptor.kdfIterations >= kCheckIterations;
        if (checkable && pbkdf2(keyMaterial, descriptor.kdfSalt, descriptor.kdfIterations) == descriptor.keyCheck) {
            // The key is right: say where. SQLCipher checks the pages from the file itself, even now.
            auto report = cipherIntegrity(*db);
            if (report && !report->damagedPages.isEmpty()) {
                return makeError(ErrorKind::Corrupt,
                                 tr("The vault file is damaged: page %1 fails its check (SQLCipher's HMAC), and "
                                    "Confidant cannot read the vault without it. It was left untouched; restore the "
                                    "newest good backup.")
                                     .arg(pageList(report->damagedPages)),
                                 probe.error().detail);
            }
            return makeError(ErrorKind::Corrupt,
                             tr("The vault file is damaged; it was left untouched. Restore it from a backup."),
                             probe.error().detail);
        }
        return makeError(ErrorKind::WrongKey,
                         descriptor.keySource == KeySource::Passphrase
                             ? tr("Wrong passphrase; the vault was left untouched. Try again.")
                             : tr("The key does not open this vault; the vault was left untouched. Check the "
                                  "recovery code."),
                         probe.error().detail);
    }
    auto userVersion = Schema::currentVersion(*db);
    if (!userVersion) {
        return userVersion.error();
    }
    if (*userVersion > Schema::latestVersion()) {
        return makeError(ErrorKind::Unsupported,
                         tr("This vault was written by a newer version of Confidant (schema %1, this program knows "
                            "%2); update Confidant to open it.")
                             .arg(*userVersion)
                             .arg(Schema::latestVersion()));
    }
    if (auto r = applyConnectionSettings(*db); !r) {
        return r.error();
    }
    return db;
}

Result<void> Vault::applyConnectionSettings(Database& db)
{
    // Setting the journal mode may write the file header; a read-only vault is read as it is.
    if (!db.isReadOnly()) {
        if (auto r = db.exec("PRAGMA journal_mode = WAL"); !r) {
            return r;
        }
    }
    for (const char* pragma : {"PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON",
                               "PRAGMA secure_delete = ON",
                               "PRAGMA cache_size = -65536",
                               "PRAGMA temp_store = MEMORY"}) {
        if (auto r = db.exec(pragma); !r) {
            return r;
        }
    }
    return {};
}

Result<std::unique_ptr<Vault>>
Vault::create(const QString& dir, const QString& uid, KeySource source, const SecretBuffer& keyMaterial, qint64 nowMs)
{
    if (exists(dir)) {
        return makeError(ErrorKind::Conflict,
                         tr("A vault already exists in %1; open it, or choose another folder.").arg(dir));
    }
    const bool folderExisted = QFileInfo(dir).isDir();
    if (!QDir().mkpath(dir)) {
        return makeError(ErrorKind::Io, tr("Cannot create the folder %1; check its permissions.").arg(dir));
    }
    if (!folderExisted) {
        // A folder we made is private to its owner; an existing one the user chose keeps its mode.
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    VaultDescriptor base;
    base.uid = uid;
    base.formatVersion = kFormatVersion;
    base.keySource = source;
    base.createdAtMs = nowMs;
    const VaultDescriptor d = describeKey(base, keyMaterial);
    if (d.keyCheck.isEmpty()) {
        return makeError(ErrorKind::Io, tr("The system's random number generator failed; the vault was not created."));
    }

    const QString path = QDir(dir).filePath(QString::fromLatin1(kDatabaseFile));
    const SecretBuffer keySpec = keySpecFor(source, keyMaterial);
    auto failed = [&dir](Error e) -> Result<std::unique_ptr<Vault>> {
        removeVaultFiles(dir);
        return e;
    };
    {
        auto db = Database::open(path, Database::OpenMode::Create);
        if (!db) {
            return failed(db.error());
        }
        auto version = db->queryText("PRAGMA cipher_version");
        if (!version || !version->has_value() || (*version)->isEmpty()) {
            return failed(makeError(ErrorKind::Unsupported,
                                    tr("This SQLite library has no encryption (no SQLCipher codec); Confidant will "
                                       "not store data with it.")));
        }
        if (auto r = db->applyKey(keySpec); !r) {
            return failed(r.error());
        }
        // auto_vacuum only takes effect before the first table exists.
        for (const char* pragma : {"PRAGMA auto_vacuum = INCREMENTAL", "PRAGMA journal_mode = WAL"}) {
            if (auto r = db->exec(pragma); !r) {
                return failed(r.error());
            }
        }
        if (auto r = Schema::migrate(*db); !r) {
            return failed(r.error());
        }
    }
    if (auto r = writeDescriptor(dir, d); !r) {
        return failed(r.error());
    }
    auto vault = openWithMaterial(dir, d, keyMaterial.clone(), false, nullptr);
    if (!vault) {
        return failed(vault.error());
    }
    return vault;
}

VaultDescriptor Vault::describeKey(VaultDescriptor d, const SecretBuffer& keyMaterial)
{
    d.kdfAlgorithm = QStringLiteral("PBKDF2-HMAC-SHA512");
    d.kdfIterations = kCheckIterations;
    SecretBuffer salt = SecretBuffer::random(kSaltBytes);
    d.kdfSalt = QByteArray(salt.data(), static_cast<qsizetype>(salt.size()));
    d.keyCheck = salt.isEmpty() ? QByteArray() : pbkdf2(keyMaterial, d.kdfSalt, d.kdfIterations);
    return d;
}

Result<std::unique_ptr<Vault>>
Vault::createWithKeychain(const QString& dir, KeyStore& keys, SecretBuffer& recoveryCode, qint64 nowMs)
{
    if (exists(dir)) {
        return makeError(ErrorKind::Conflict,
                         tr("A vault already exists in %1; open it, or choose another folder.").arg(dir));
    }
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SecretBuffer key = SecretBuffer::random(kKeyBytes);
    if (key.isEmpty()) {
        return makeError(ErrorKind::Io, tr("The system's random number generator failed; the vault was not created."));
    }
    // The key goes into the keychain before any file exists: a vault is never left without its key.
    if (auto r = keys.write(uid, key); !r) {
        return r.error();
    }
    auto vault = create(dir, uid, KeySource::Keychain, key, nowMs);
    if (!vault) {
        (void)keys.remove(uid);
        return vault.error();
    }
    recoveryCode = RecoveryCode::format(key);
    return vault;
}

Result<std::unique_ptr<Vault>>
Vault::createWithPassphrase(const QString& dir, const SecretBuffer& passphrase, qint64 nowMs)
{
    if (exists(dir)) {
        return makeError(ErrorKind::Conflict,
                         tr("A vault already exists in %1; open it, or choose another folder.").arg(dir));
    }
    if (passphrase.size() < static_cast<std::size_t>(kPassphraseMinLength)) {
        return makeError(ErrorKind::Invalid,
                         tr("The passphrase is too short: use at least %1 characters.").arg(kPassphraseMinLength));
    }
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return create(dir, uid, KeySource::Passphrase, passphrase, nowMs);
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& dir, KeyStore* keys, const UnlockSecret& unlock)
{
    auto descriptor = readDescriptor(dir);
    if (!descriptor) {
        return descriptor.error();
    }
    const VaultDescriptor& d = *descriptor;
    const QString path = QDir(dir).filePath(QString::fromLatin1(kDatabaseFile));
    QFile file(path);
    if (!file.exists()) {
        return makeError(ErrorKind::Corrupt,
                         tr("The vault file confidant.db is missing from %1; restore it from a backup.").arg(dir));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::Io, tr("Cannot read the vault file; check its permissions."), file.errorString());
    }
    const QByteArray head = file.read(16);
    const qint64 size = file.size();
    file.close();
    if (head == QByteArray("SQLite format 3\0", 16)) {
        return makeError(ErrorKind::Corrupt,
                         tr("confidant.db is an unencrypted SQLite database, not a Confidant vault; it was left "
                            "untouched."));
    }
    if (size == 0 || size % kPageSize != 0) {
        return makeError(ErrorKind::Corrupt,
                         tr("The vault file is damaged (truncated); it was left untouched. Restore it from a backup."),
                         QStringLiteral("size %1").arg(size));
    }

    SecretBuffer material;
    bool fromRecovery = false;
    if (unlock.secret.isEmpty()) {
        if (d.keySource == KeySource::Passphrase) {
            return makeError(ErrorKind::Locked, tr("This vault is protected by a passphrase; enter it to unlock."));
        }
        if (!keys) {
            return makeError(ErrorKind::Locked, tr("No keychain to read the key from; unlock with the recovery code."));
        }
        auto key = keys->read(d.uid);
        if (!key) {
            if (key.error().kind == ErrorKind::NotFound) {
                return makeError(ErrorKind::Locked,
                                 tr("The key for this vault is not in the keychain (new computer or wiped keyring?); "
                                    "unlock with the recovery code."));
            }
            if (key.error().kind == ErrorKind::NoKeychain) {
                return makeError(ErrorKind::NoKeychain,
                                 tr("The keychain is not available, so the vault's key cannot be read; unlock with the "
                                    "recovery code."),
                                 key.error().detail);
            }
            return key.error();
        }
        material = std::move(key).value();
        if (material.size() != static_cast<std::size_t>(kKeyBytes)) {
            return makeError(ErrorKind::WrongKey,
                             tr("The keychain entry for this vault is not a valid key; unlock with the recovery "
                                "code."));
        }
    } else if (d.keySource == KeySource::Keychain) {
        auto key = RecoveryCode::parse(unlock.secret);
        if (!key) {
            return key.error();
        }
        material = std::move(key).value();
        fromRecovery = true;
    } else {
        material = unlock.secret.clone();
    }
    // A failed open leaves no trace: remove the (empty) WAL and shared-memory files SQLite made for it.
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    // An interrupted key rotation: the vault opens with the old key (rotation abandoned) or, once the
    // re-encrypted file replaced the old one, with the new key (rotation finished here).
    const QString pendingPath = QDir(dir).filePath(QString::fromLatin1(kPendingDescriptorFile));
    const bool rotating = QFileInfo::exists(pendingPath);
    SecretBuffer pendingMaterial;
    if (rotating) {
        if (unlock.secret.isEmpty() && keys) {
            auto pendingKey = keys->read(pendingKeyName(d.uid));
            if (pendingKey) {
                pendingMaterial = std::move(pendingKey).value();
            }
        } else {
            pendingMaterial = material.clone();
        }
    }
    std::optional<VaultDescriptor> pending;
    if (rotating) {
        if (auto p = readDescriptorFile(pendingPath, dir); p && p->uid == d.uid) {
            pending = *p;
        }
    }
    // Which key a successful open used: the pending descriptor's key check tells the new key.
    auto isNewKey = [&pending](const SecretBuffer& m) {
        return pending && pbkdf2(m, pending->kdfSalt, pending->kdfIterations) == pending->keyCheck;
    };
    const bool triedIsNew = rotating && isNewKey(material);
    const bool keychainMode = d.keySource == KeySource::Keychain;
    KeyStore* rotationKeys = keychainMode ? keys : nullptr;
    auto vault = openWithMaterial(dir, triedIsNew ? *pending : d, std::move(material), fromRecovery, keys);
    if (vault && rotating) {
        // The main entry holds the new key when the key came from there (and just opened the vault), or when
        // the recovery code was stored there again and read back; only then may the pending entry go.
        const bool newKeyStored = !keychainMode || unlock.secret.isEmpty() || (*vault)->keyRestored();
        settleRotation(dir, d.uid, rotationKeys, triedIsNew, triedIsNew && newKeyStored);
    } else if (vault && QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(kRekeyFile)))) {
        settleRotation(dir, d.uid, rotationKeys, false, false);
    } else if (!vault && triedIsNew) {
        vault = makeError(ErrorKind::WrongKey,
                          d.keySource == KeySource::Passphrase
                              ? tr("The passphrase change did not finish, so the old passphrase still applies; unlock "
                                   "with it and change it again.")
                              : tr("The key change did not finish, so the old recovery code still applies; unlock "
                                   "with it."));
    } else if (!vault && pending && !pendingMaterial.isEmpty() && !triedIsNew
               && (vault.error().kind == ErrorKind::WrongKey || vault.error().kind == ErrorKind::Corrupt)) {
        auto rotated = openWithMaterial(dir, *pending, pendingMaterial.clone(), false, keys);
        if (rotated) {
            // The pending entry may be the new key's only stored copy: it goes only once the main entry was
            // read back holding the new key. Until then every unlock from the keychain comes this way.
            const bool newKeyStored = !keychainMode
                || (unlock.secret.isEmpty() && keys && keys->writeVerified(d.uid, pendingMaterial).ok());
            settleRotation(dir, d.uid, rotationKeys, true, newKeyStored);
            return rotated;
        }
        if (!unlock.secret.isEmpty()) {
            vault = makeError(ErrorKind::WrongKey,
                              d.keySource == KeySource::Passphrase
                                  ? tr("The vault's passphrase was being changed when Confidant stopped; unlock with "
                                       "the new passphrase.")
                                  : tr("The vault's key was being changed when Confidant stopped; unlock with the new "
                                       "recovery code."));
        }
    } else if (!vault && pending && pendingMaterial.isEmpty() && unlock.secret.isEmpty()
               && (vault.error().kind == ErrorKind::WrongKey || vault.error().kind == ErrorKind::Corrupt)) {
        // The key in the keychain is not the new one and the pending entry cannot be read: not a damaged file.
        vault = makeError(ErrorKind::WrongKey,
                          tr("The vault's key was changed, but the keychain does not hold the new key; unlock with "
                             "the new recovery code."),
                          vault.error().detail);
    }
    if (!vault) {
        if (!hadWal && QFileInfo(wal).size() == 0) {
            QFile::remove(wal);
        }
        if (!hadShm && !QFileInfo::exists(wal)) {
            QFile::remove(shm);
        }
    }
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::openWithMaterial(
    const QString& dir, const VaultDescriptor& d, SecretBuffer material, bool fromRecovery, KeyStore* keys)
{
    auto vault = std::unique_ptr<Vault>(new Vault());
    vault->m_dir = dir;
    vault->m_descriptor = d;
    vault->m_keySpec = keySpecFor(d.keySource, material);
    auto db = connect(vault->databasePath(), vault->m_keySpec, d, material, &vault->m_cipherVersion);
    if (!db) {
        return db.error();
    }
    vault->m_db = std::move(db).value();
    // Shared: other windows and commands may have the vault open too; a rotation needs it alone.
    (void)vault->takeLock(false);
    auto version = Schema::currentVersion(vault->m_db);
    if (!version) {
        return version.error();
    }
    if (*version == 0) {
        return makeError(ErrorKind::Corrupt,
                         tr("confidant.db holds no Confidant data; it is not a vault. It was left untouched."));
    }
    vault->m_db.setCheckpointOnClose(true);
    if (*version < Schema::latestVersion() && vault->isReadOnly()) {
        return makeError(ErrorKind::Io,
                         tr("This vault was written by an older Confidant and must be updated before this version can "
                            "use it, which needs a writable folder. Copy the vault folder to a writable place and "
                            "open the copy."));
    }
    if (*version < Schema::latestVersion()) {
        // DESIGN.md: an encrypted backup is taken before a migration runs.
        const QString backupDir = QDir(dir).filePath(QStringLiteral("backups"));
        QDir().mkpath(backupDir);
        const QString backupPath = QDir(backupDir).filePath(
            QStringLiteral("pre-migration-v%1-%2.db").arg(*version).arg(QDateTime::currentMSecsSinceEpoch()));
        if (auto r = vault->backupTo(backupPath); !r) {
            return r.error();
        }
        if (auto r = Schema::migrate(vault->m_db); !r) {
            return r.error();
        }
    }
    auto current = Schema::currentVersion(vault->m_db);
    if (!current) {
        return current.error();
    }
    vault->m_schemaVersion = *current;
    if (fromRecovery && keys) {
        // The recovery code proved the key: put it back so the next start needs no code.
        vault->m_keyRestored = keys->writeVerified(d.uid, material).ok();
    }
    return vault;
}

Result<Database> Vault::openConnection() const
{
    SecretBuffer unusedMaterial;
    auto db = connect(databasePath(), m_keySpec, m_descriptor, unusedMaterial, nullptr);
    if (db) {
        db->setCheckpointOnClose(true);
    }
    return db;
}

Result<void> Vault::backupTo(const QString& path)
{
    if (QFileInfo::exists(path)) {
        return makeError(ErrorKind::Conflict, tr("%1 already exists; choose another backup file.").arg(path));
    }
    // Written as PATH.part (storage::SafeFile: 0600, never through a link) and named only when complete: a
    // crash never leaves half a backup under the name of a whole one.
    SafeFile file(path, SafeFile::Staging::Named);
    if (auto opened = file.open(); !opened) {
        return opened.error();
    }
    {
        auto target = Database::open(file.stagingPath(), Database::OpenMode::ExistingOnly);
        if (!target) {
            return target.error();
        }
        if (auto r = target->applyKey(m_keySpec); !r) {
            return r;
        }
        sqlite3_backup* backup = sqlite3_backup_init(target->handle(), "main", m_db.handle(), "main");
        if (!backup) {
            return target->errorFor(sqlite3_errcode(target->handle()), tr("The backup could not be started."));
        }
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            return target->errorFor(rc, tr("The backup could not be written; check free space."));
        }
    }
    if (auto committed = file.commit(SafeFile::Existing::Keep); !committed) {
        if (committed.error().kind == ErrorKind::Conflict) {
            return makeError(ErrorKind::Conflict, tr("%1 already exists; choose another backup file.").arg(path));
        }
        return committed.error();
    }
    return {};
}

} // namespace confidant::storage
