#include "Suppression.h"

#include "core/crm/Contact.h"
#include "core/security/MutationGate.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QSet>

namespace confidant::privacy {

using storage::Database;
using storage::Statement;

namespace {

constexpr int kMinPhoneDigits = 5;

} // namespace

Suppression::Suppression(security::MutationGate& gate)
    : m_gate(gate)
{
}

Result<std::optional<qint64>> Suppression::check(const QString& emailOrPhone) const
{
    security::Mutation read {QStringLiteral("suppression.check"), QStringLiteral("suppression")};
    read.permission = security::Permission::ViewContacts;
    if (auto allowed = m_gate.require(read); !allowed) {
        return allowed.error();
    }
    const QString text = emailOrPhone.trimmed();
    if (text.contains(QLatin1Char('@'))) {
        return match(m_gate.db(), {text}, {});
    }
    if (normalizePhone(text).isEmpty()) {
        return makeError(
            ErrorKind::Invalid,
            tr("Give an email address or a phone number (at least %1 digits) to check.").arg(kMinPhoneDigits));
    }
    return match(m_gate.db(), {}, {text});
}

QString Suppression::normalizeEmail(const QString& email)
{
    return email.trimmed().toLower();
}

QString Suppression::normalizePhone(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit()) {
            digits.append(QChar(u'0' + c.digitValue()));
        }
    }
    return digits.size() >= kMinPhoneDigits ? digits : QString();
}

Result<QString> Suppression::saltHex(Database& db)
{
    auto salt = db.queryText("SELECT value FROM settings WHERE key = 'suppression.salt'");
    if (!salt) {
        return salt.error();
    }
    if (!salt->has_value() || (*salt)->isEmpty()) {
        return makeError(ErrorKind::Corrupt,
                         tr("The vault has no suppression salt; run confidant-cli check and restore a backup."));
    }
    return **salt;
}

Result<QByteArray> Suppression::salt(Database& db)
{
    auto hex = saltHex(db);
    if (!hex) {
        return hex.error();
    }
    return QByteArray::fromHex(hex->toLatin1());
}

QString Suppression::hash(const QByteArray& salt, const QString& normalized)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(normalized.toUtf8(), salt, QCryptographicHash::Sha256).toHex());
}

QStringList Suppression::identifierHashes(const QByteArray& salt, const QStringList& emails, const QStringList& phones)
{
    QStringList out;
    for (const QString& e : emails) {
        const QString n = normalizeEmail(e);
        if (!n.isEmpty()) {
            out.append(QStringLiteral("email:") + hash(salt, n));
        }
    }
    for (const QString& p : phones) {
        const QString n = normalizePhone(p);
        if (!n.isEmpty()) {
            out.append(QStringLiteral("phone:") + hash(salt, n));
        }
    }
    out.removeDuplicates();
    return out;
}

Result<std::optional<qint64>> Suppression::match(Database& db, const QStringList& emails, const QStringList& phones)
{
    if (emails.isEmpty() && phones.isEmpty()) {
        return std::optional<qint64>();
    }
    auto key = salt(db);
    if (!key) {
        return key.error();
    }
    auto s = db.prepare("SELECT added_at FROM suppression WHERE hash = ?1");
    if (!s) {
        return s.error();
    }
    std::optional<qint64> earliest;
    for (const QString& id : identifierHashes(*key, emails, phones)) {
        s->reset();
        s->bind(1, id.section(QLatin1Char(':'), 1));
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Row && (!earliest || s->int64(0) < *earliest)) {
            earliest = s->int64(0);
        }
    }
    return earliest;
}

Result<std::optional<qint64>> Suppression::match(Database& db, const crm::Contact& contact)
{
    QStringList emails;
    QStringList phones;
    for (const auto& e : contact.emails) {
        emails.append(e.value);
    }
    for (const auto& p : contact.phones) {
        phones.append(p.value);
    }
    return match(db, emails, phones);
}

Result<int> Suppression::add(Database& db, const QStringList& identifierHashes, const QString& ledgerUid, qint64 atMs)
{
    auto s = db.prepare("INSERT OR IGNORE INTO suppression (hash, kind, ledger_uid, added_at) VALUES (?1, ?2, ?3, ?4)");
    if (!s) {
        return s.error();
    }
    int added = 0;
    for (const QString& id : identifierHashes) {
        const QString kind = id.section(QLatin1Char(':'), 0, 0);
        const QString hex = id.section(QLatin1Char(':'), 1);
        if ((kind != QLatin1String("email") && kind != QLatin1String("phone")) || hex.isEmpty()) {
            continue;
        }
        s->reset();
        s->bind(1, hex).bind(2, kind).bind(3, ledgerUid).bind(4, atMs);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        added += db.changes();
    }
    return added;
}

Result<bool> Suppression::adoptSalt(Database& db, const QString& saltHexValue)
{
    auto current = saltHex(db);
    if (!current) {
        return current.error();
    }
    if (saltHexValue.isEmpty() || *current == saltHexValue) {
        return false;
    }
    auto listed = db.queryInt("SELECT count(*) FROM suppression");
    if (!listed) {
        return listed.error();
    }
    if (*listed > 0) {
        // Hashes under this vault's own salt are already listed: another lineage; keep them valid.
        return false;
    }
    auto s = db.prepare("UPDATE settings SET value = ?1 WHERE key = 'suppression.salt'");
    if (!s) {
        return s.error();
    }
    s->bind(1, saltHexValue);
    if (auto r = s->run(); !r) {
        return r.error();
    }
    return true;
}

QString Suppression::suppressedMessage(qint64 addedAtMs)
{
    const QString date = QDateTime::fromMSecsSinceEpoch(addedAtMs, Qt::UTC).date().toString(Qt::ISODate);
    return tr("This person asked to be erased on %1 (their email or phone is on the suppression list); nothing was "
              "added. Add them anyway only on purpose, with an explicit override (confidant-cli contact add "
              "--force), which the audit trail records.")
        .arg(date);
}

} // namespace confidant::privacy
