#include "Validation.h"

#include "core/TextRules.h"
#include "core/crm/ContactFields.h"
#include "core/crm/FieldRegistry.h"

#include <QRegularExpression>

#include <vector>

namespace confidant::crm {

namespace {

constexpr int kMaxName = 200;
constexpr int kMaxLine = 500;
constexpr int kMaxNotes = 100000;

bool tooLong(const QString& s, int max)
{
    return s.size() > max;
}

TextLines linesOf(const FieldInfo& field)
{
    return field.multiLine ? TextLines::Many : TextLines::One;
}

} // namespace

bool Validation::isValidEmail(const QString& email)
{
    // The practical subset of RFC 5322 addr-spec that mail systems accept, with internationalised
    // (RFC 6531) letters allowed; one @, a dotted domain, no spaces.
    static const QRegularExpression re(
        QStringLiteral("^[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                       "@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}]{2,63}$"));
    return email.size() <= 254 && email.indexOf(QLatin1Char('@')) <= 64 && re.match(email).hasMatch();
}

bool Validation::isValidPhone(const QString& phone)
{
    // Digits with the separators people write (+, spaces, dashes, dots, slashes, parentheses) and an
    // optional extension; 3 to 17 digits (E.164 allows 15, plus a trunk prefix and short numbers).
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9 ().\\/-]+(\\s*(ext\\.?|x|#)\\s*[0-9]{1,6})?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    if (!re.match(phone).hasMatch()) {
        return false;
    }
    static const QRegularExpression ext(QStringLiteral("\\s*(ext\\.?|x|#)\\s*[0-9]{1,6}$"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString main = phone;
    main.remove(ext);
    int digits = 0;
    for (QChar c : main) {
        digits += c.isDigit() ? 1 : 0;
    }
    return digits >= 3 && digits <= 17;
}

namespace {

// http(s) URLs with a host, or a bare host name ("example.com/about"), as address books store them.
bool isValidWebsite(const QString& text)
{
    static const QRegularExpression site(
        QStringLiteral(
            "^(https?://)?([\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}]{2,63}(:\\d{1,5})?([/"
            "?#]\\S*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return site.match(text).hasMatch();
}

} // namespace

QList<FieldError> Validation::validate(const Contact& c)
{
    QList<FieldError> errors;
    // Which characters a field may hold follows the registry: free text or one line (a name, an email).
    static const std::vector<FieldInfo> fields = FieldRegistry::builtIn().fieldsOf(QStringLiteral("contact"));
    for (const FieldInfo& f : fields) {
        const ContactFields::Access* access = ContactFields::find(f.name);
        if (!access) {
            continue;
        }
        for (const QString& text : access->texts(c)) {
            if (const auto problem = TextRules::problem(FieldRegistry::label(f), text, linesOf(f))) {
                errors.append({f.name, *problem});
                break;
            }
        }
    }
    if (c.givenName.trimmed().isEmpty() && c.familyName.trimmed().isEmpty()) {
        errors.append({QStringLiteral("given"), tr("Enter a given name or a family name.")});
    }
    if (tooLong(c.givenName, kMaxName)) {
        errors.append({QStringLiteral("given"), tr("The given name is longer than %1 characters.").arg(kMaxName)});
    }
    if (tooLong(c.familyName, kMaxName)) {
        errors.append({QStringLiteral("family"), tr("The family name is longer than %1 characters.").arg(kMaxName)});
    }
    for (int i = 0; i < c.emails.size(); ++i) {
        if (!isValidEmail(c.emails[i].value.trimmed())) {
            errors.append(
                {QStringLiteral("email"),
                 c.emails.size() == 1
                     ? tr("The email address is not valid; it should look like name@example.com.")
                     : tr("Email address %1 is not valid; it should look like name@example.com.").arg(i + 1)});
        }
    }
    for (int i = 0; i < c.phones.size(); ++i) {
        if (!isValidPhone(c.phones[i].value.trimmed())) {
            errors.append(
                {QStringLiteral("phone"),
                 c.phones.size() == 1
                     ? tr("The phone number is not valid; use digits, spaces and + - ( ), e.g. +44 20 7946 0958.")
                     : tr("Phone number %1 is not valid; use digits, spaces and + - ( ), e.g. +44 20 7946 0958.")
                           .arg(i + 1)});
        }
    }
    const std::pair<const QString*, const char*> lines[] = {{&c.street, "street"},
                                                            {&c.postcode, "postcode"},
                                                            {&c.city, "city"},
                                                            {&c.region, "region"},
                                                            {&c.country, "country"},
                                                            {&c.jobTitle, "title"},
                                                            {&c.companyName, "company"},
                                                            {&c.website, "website"}};
    for (const auto& [value, name] : lines) {
        if (tooLong(*value, kMaxLine)) {
            errors.append({QString::fromLatin1(name), tr("This field is longer than %1 characters.").arg(kMaxLine)});
        }
    }
    if (c.birthday.isValid() && (c.birthday.year() < 1900 || c.birthday > QDate::currentDate())) {
        errors.append({QStringLiteral("birthday"), tr("The birthday must be a date between 1900 and today.")});
    }
    if (!c.website.trimmed().isEmpty() && !isValidWebsite(c.website.trimmed())) {
        errors.append({QStringLiteral("website"),
                       tr("The website is not valid; it should look like https://example.com or example.com.")});
    }
    if (tooLong(c.notes, kMaxNotes)) {
        errors.append({QStringLiteral("notes"), tr("The notes are longer than %1 characters.").arg(kMaxNotes)});
    }
    for (const QString& tag : c.tags) {
        if (tag.trimmed().isEmpty() || tooLong(tag, 100)) {
            errors.append({QStringLiteral("tag"), tr("Tags must be between 1 and 100 characters.")});
            break;
        }
    }
    return errors;
}

QList<FieldError> Validation::validate(const Company& c)
{
    QList<FieldError> errors;
    const FieldRegistry& registry = FieldRegistry::builtIn();
    const std::pair<const char*, const QString*> texts[] = {{"name", &c.name},
                                                            {"domain", &c.domain},
                                                            {"phone", &c.phone},
                                                            {"street", &c.street},
                                                            {"postcode", &c.postcode},
                                                            {"city", &c.city},
                                                            {"region", &c.region},
                                                            {"country", &c.country},
                                                            {"notes", &c.notes}};
    for (const auto& [name, text] : texts) {
        const FieldInfo* f = registry.find(QStringLiteral("company"), QString::fromLatin1(name));
        Q_ASSERT(f);
        if (!f) {
            continue;
        }
        if (const auto problem = TextRules::problem(FieldRegistry::label(*f), *text, linesOf(*f))) {
            errors.append({f->name, *problem});
        }
    }
    // Tag names are shared with contacts (one table of tags), so a company's tags follow the contact tag field.
    if (const FieldInfo* tag = registry.find(QStringLiteral("contact"), QStringLiteral("tag"))) {
        for (const QString& t : c.tags) {
            if (const auto problem = TextRules::problem(FieldRegistry::label(*tag), t, TextLines::One)) {
                errors.append({tag->name, *problem});
                break;
            }
        }
    }
    if (c.name.trimmed().isEmpty()) {
        errors.append({QStringLiteral("name"), tr("Enter the company's name.")});
    } else if (tooLong(c.name, kMaxLine)) {
        errors.append({QStringLiteral("name"), tr("The company name is longer than %1 characters.").arg(kMaxLine)});
    }
    static const QRegularExpression domain(
        QStringLiteral("^([\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}]{2,63}$"));
    if (!c.domain.isEmpty() && !domain.match(c.domain.trimmed()).hasMatch()) {
        errors.append({QStringLiteral("domain"), tr("The web domain is not valid; it should look like example.com.")});
    }
    if (!c.phone.isEmpty() && !isValidPhone(c.phone.trimmed())) {
        errors.append({QStringLiteral("phone"),
                       tr("The phone number is not valid; use digits, spaces and + - ( ), e.g. +44 20 7946 0958.")});
    }
    if (tooLong(c.notes, kMaxNotes)) {
        errors.append({QStringLiteral("notes"), tr("The notes are longer than %1 characters.").arg(kMaxNotes)});
    }
    return errors;
}

QString Validation::summary(const QList<FieldError>& errors)
{
    QStringList parts;
    for (const auto& e : errors) {
        parts.append(e.message);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace confidant::crm
