#include "RopaReport.h"

#include "core/Csv.h"
#include "core/privacy/PolicyGenerator.h"

namespace confidant::privacy {

namespace {

QString oneLine(const QString& text)
{
    return text.simplified();
}

QString controllerText(const ControllerDetails& c)
{
    QStringList parts;
    parts << (c.name.isEmpty() ? RopaReport::tr("[controller name not set]") : c.name);
    if (!c.address.isEmpty()) {
        parts << c.address.split(QLatin1Char('\n')).join(QStringLiteral(", "));
    }
    if (!c.email.isEmpty()) {
        parts << c.email;
    }
    if (!c.phone.isEmpty()) {
        parts << c.phone;
    }
    return oneLine(parts.join(QStringLiteral(", ")));
}

QString dpoText(const ControllerDetails& c)
{
    if (c.hasDpoContact()) {
        QStringList parts;
        if (!c.dpoName.isEmpty()) {
            parts << c.dpoName;
        }
        if (!c.dpoEmail.isEmpty()) {
            parts << c.dpoEmail;
        }
        return oneLine(parts.join(QStringLiteral(", ")));
    }
    return c.noDpo ? RopaReport::tr("none appointed (not required, Art. 37)") : RopaReport::tr("[not set]");
}

} // namespace

QStringList RopaReport::securityMeasures()
{
    return {
        tr("Vault database and its journal encrypted at rest with SQLCipher (AES-256)"),
        tr("Vault key kept in the operating system's keychain, or derived from a passphrase; a recovery code "
           "shown once"),
        tr("Append-only audit trail of every change and denied attempt, hash-chained (SHA-256) and verifiable"),
        tr("Operator profiles with roles; permissions are checked by the core services, not only by the user "
           "interface"),
        tr("Encrypted backups, verified after writing"),
    };
}

QList<RopaRecord> RopaReport::records(const PrivacyConfiguration& config)
{
    QList<RopaRecord> out;
    const QString controller = controllerText(config.controller);
    const QString dpo = dpoText(config.controller);
    const QString measures = securityMeasures().join(QStringLiteral("; "));
    for (const Purpose& p : config.purposes) {
        RopaRecord r;
        r.purpose = oneLine(p.name);
        r.description = oneLine(p.description);
        r.controller = controller;
        r.dpo = dpo;
        r.lawfulBasis = PrivacyConfiguration::basisText(p);
        if (p.basis == LawfulBasis::LegitimateInterests) {
            r.legitimateInterest
                = p.legitimateInterest.trimmed().isEmpty() ? tr("[not stated]") : oneLine(p.legitimateInterest);
        }
        r.dataSubjects = tr("Customers, prospects and business contacts (people in the contact register)");
        QStringList categories;
        for (const CategoryUse& use : config.categoriesOf(p)) {
            categories << QStringLiteral("%1 (%2)").arg(use.name, use.fields.join(QStringLiteral(", ")));
        }
        r.personalData = categories.isEmpty() ? tr("[none named]") : categories.join(QStringLiteral("; "));
        r.specialCategories = config.specialFieldsOf(p).join(QStringLiteral(", "));
        QStringList recipients;
        QStringList transfers;
        for (const Processor& proc : config.processorsOf(p)) {
            recipients << QStringLiteral("%1 (%2, %3)")
                              .arg(oneLine(proc.name),
                                   Processor::roleLabel(proc.role).toLower(),
                                   PrivacyConfiguration::countryText(proc));
            if (proc.isTransfer()) {
                QString t = QStringLiteral("%1 (%2): ").arg(oneLine(proc.name), Processor::countryName(proc.country));
                t += proc.safeguard == TransferSafeguard::None ? tr("[no safeguard recorded]")
                                                               : Processor::safeguardLabel(proc.safeguard);
                if (!proc.safeguardNote.isEmpty()) {
                    t += QStringLiteral(" \u2014 ") + oneLine(proc.safeguardNote);
                }
                transfers << t;
            }
        }
        r.recipients = recipients.isEmpty() ? tr("none") : recipients.join(QStringLiteral("; "));
        r.transfers = transfers.isEmpty() ? tr("none") : transfers.join(QStringLiteral("; "));
        r.retention = p.retentionDays ? PrivacyConfiguration::retentionText(p) : tr("[not set]");
        r.securityMeasures = measures;
        out.append(r);
    }
    return out;
}

QString RopaReport::markdown(const PrivacyConfiguration& config)
{
    const auto e = &PolicyGenerator::escape;
    QStringList md;
    md << tr("# Records of processing activities (Art. 30 GDPR)") << QString();
    md << QStringLiteral("- ") + tr("**Controller:** %1").arg(e(controllerText(config.controller)));
    md << QStringLiteral("- ") + tr("**Data protection officer:** %1").arg(e(dpoText(config.controller)));
    md << QString();
    const QList<RopaRecord> all = records(config);
    if (all.isEmpty()) {
        md << tr("[No purposes configured.]") << QString();
    }
    int n = 0;
    for (const RopaRecord& r : all) {
        ++n;
        md << QStringLiteral("## %1. %2").arg(n).arg(e(r.purpose)) << QString();
        auto item = [&md, e](const QString& label, const QString& value) {
            if (!value.isEmpty()) {
                md << QStringLiteral("- **%1** %2").arg(label, e(value));
            }
        };
        item(tr("Description:"), r.description);
        item(tr("Lawful basis:"), r.lawfulBasis);
        item(tr("Legitimate interest:"), r.legitimateInterest);
        item(tr("Categories of data subjects:"), r.dataSubjects);
        item(tr("Categories of personal data:"), r.personalData);
        item(tr("Special categories (Art. 9):"), r.specialCategories);
        item(tr("Recipients:"), r.recipients);
        item(tr("Transfers to third countries and safeguards:"), r.transfers);
        item(tr("Time limits for erasure:"), r.retention);
        md << QString();
    }
    md << tr("## Technical and organisational security measures (Art. 32)") << QString();
    for (const QString& m : securityMeasures()) {
        md << QStringLiteral("- ") + e(m);
    }
    return md.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray RopaReport::csv(const PrivacyConfiguration& config)
{
    QByteArray out = csvRecord({QStringLiteral("purpose"),
                                QStringLiteral("description"),
                                QStringLiteral("controller"),
                                QStringLiteral("dpo"),
                                QStringLiteral("lawful_basis"),
                                QStringLiteral("legitimate_interest"),
                                QStringLiteral("data_subjects"),
                                QStringLiteral("personal_data"),
                                QStringLiteral("special_categories"),
                                QStringLiteral("recipients"),
                                QStringLiteral("transfers"),
                                QStringLiteral("retention"),
                                QStringLiteral("security_measures")});
    for (const RopaRecord& r : records(config)) {
        out += csvRecord({r.purpose,
                          r.description,
                          r.controller,
                          r.dpo,
                          r.lawfulBasis,
                          r.legitimateInterest,
                          r.dataSubjects,
                          r.personalData,
                          r.specialCategories,
                          r.recipients,
                          r.transfers,
                          r.retention,
                          r.securityMeasures});
    }
    return out;
}

} // namespace confidant::privacy
