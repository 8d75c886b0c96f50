#include "ControllerService.h"

#include "core/TextRules.h"
#include "core/crm/Validation.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace confidant::privacy {

using storage::Database;
using storage::Statement;

namespace {

// Setting keys; the audit entry names these, never the values.
constexpr const char* kName = "controller.name";
constexpr const char* kAddress = "controller.address";
constexpr const char* kEmail = "controller.email";
constexpr const char* kPhone = "controller.phone";
constexpr const char* kDpoName = "controller.dpo_name";
constexpr const char* kDpoEmail = "controller.dpo_email";
constexpr const char* kNoDpo = "controller.no_dpo";
constexpr const char* kAuthority = "controller.authority";
constexpr const char* kUpdates = "controller.updates";

std::vector<std::pair<const char*, QString>> asSettings(const ControllerDetails& d)
{
    return {{kName, d.name},
            {kAddress, d.address},
            {kEmail, d.email},
            {kPhone, d.phone},
            {kDpoName, d.dpoName},
            {kDpoEmail, d.dpoEmail},
            {kNoDpo, d.noDpo ? QStringLiteral("1") : QStringLiteral("0")},
            {kAuthority, d.supervisoryAuthority},
            {kUpdates, d.updatesAnnouncement}};
}

QString clean(const QString& text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return t.trimmed();
}

ControllerDetails normalized(const ControllerDetails& d)
{
    ControllerDetails n;
    n.name = clean(d.name);
    n.address = clean(d.address);
    n.email = clean(d.email);
    n.phone = clean(d.phone);
    n.dpoName = clean(d.dpoName);
    n.dpoEmail = clean(d.dpoEmail);
    // Naming a DPO contradicts "no DPO": the contact wins.
    n.noDpo = d.noDpo && n.dpoName.isEmpty() && n.dpoEmail.isEmpty();
    n.supervisoryAuthority = clean(d.supervisoryAuthority);
    n.updatesAnnouncement = clean(d.updatesAnnouncement);
    return n;
}

} // namespace

ControllerService::ControllerService(security::MutationGate& gate)
    : m_gate(gate)
{
}

QStringList ControllerService::validate(const ControllerDetails& raw)
{
    const ControllerDetails d = normalized(raw);
    QStringList problems;
    if (!d.email.isEmpty() && !crm::Validation::isValidEmail(d.email)) {
        problems << tr("The controller's email address is not valid.");
    }
    if (!d.dpoEmail.isEmpty() && !crm::Validation::isValidEmail(d.dpoEmail)) {
        problems << tr("The data protection officer's email address is not valid.");
    }
    if (!d.phone.isEmpty() && !crm::Validation::isValidPhone(d.phone)) {
        problems << tr("The controller's phone number is not valid.");
    }
    for (const auto& [key, value] : asSettings(d)) {
        const bool multiLine
            = qstrcmp(key, kAddress) == 0 || qstrcmp(key, kAuthority) == 0 || qstrcmp(key, kUpdates) == 0;
        if (value.size() > kMaxLength || !TextRules::isAllowed(value, multiLine ? TextLines::Many : TextLines::One)) {
            problems << tr("Each controller detail may have at most %1 characters; only the address, authority and "
                           "update note may have several lines.")
                            .arg(kMaxLength);
            break;
        }
    }
    return problems;
}

Result<ControllerDetails> ControllerService::details() const
{
    auto s = m_gate.db().prepare("SELECT key, value FROM settings WHERE key LIKE 'controller.%'");
    if (!s) {
        return s.error();
    }
    ControllerDetails d;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        const QByteArray key = s->text(0).toLatin1();
        const QString value = s->text(1);
        if (key == kName) {
            d.name = value;
        } else if (key == kAddress) {
            d.address = value;
        } else if (key == kEmail) {
            d.email = value;
        } else if (key == kPhone) {
            d.phone = value;
        } else if (key == kDpoName) {
            d.dpoName = value;
        } else if (key == kDpoEmail) {
            d.dpoEmail = value;
        } else if (key == kNoDpo) {
            d.noDpo = value == QLatin1String("1");
        } else if (key == kAuthority) {
            d.supervisoryAuthority = value;
        } else if (key == kUpdates) {
            d.updatesAnnouncement = value;
        }
    }
    return d;
}

Result<ControllerDetails> ControllerService::setDetails(const ControllerDetails& details)
{
    if (const QStringList problems = validate(details); !problems.isEmpty()) {
        return makeError(ErrorKind::Invalid, problems.join(QLatin1Char(' ')));
    }
    auto before = this->details();
    if (!before) {
        return before.error();
    }
    const ControllerDetails after = normalized(details);
    QStringList changed;
    const auto old = asSettings(*before);
    const auto now = asSettings(after);
    for (std::size_t i = 0; i < now.size(); ++i) {
        if (old[i].second != now[i].second) {
            changed << QString::fromLatin1(now[i].first);
        }
    }
    if (changed.isEmpty()) {
        return after;
    }
    security::Mutation m {QStringLiteral("controller.update"), QStringLiteral("settings"), QString(), changed};
    m.permission = security::Permission::ManagePurposes;
    auto r = m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
        auto s = db.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        if (!s) {
            return s.error();
        }
        for (const auto& [key, value] : now) {
            s->reset();
            if (auto run = s->bind(1, key).bind(2, value).run(); !run) {
                return run.error();
            }
        }
        return true;
    });
    if (!r) {
        return r.error();
    }
    return after;
}

} // namespace confidant::privacy
