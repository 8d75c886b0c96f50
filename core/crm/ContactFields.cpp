#include "ContactFields.h"

#include <QHash>

namespace confidant::crm {

namespace {

using Access = ContactFields::Access;

bool differs(const QString& a, const QString& b)
{
    return a.trimmed() != b.trimmed();
}

QString tagKey(QStringList tags)
{
    tags.sort(Qt::CaseInsensitive);
    return tags.join(QLatin1Char('\n')).toLower();
}

// One text member: set when not empty, compared trimmed.
template <QString Contact::*member>
Access text()
{
    return Access {[](const Contact& c) { return !(c.*member).isEmpty(); },
                   [](const Contact& a, const Contact& b) { return differs(a.*member, b.*member); },
                   [](Contact& c) { (c.*member).clear(); },
                   [](const Contact& c) { return QStringList {c.*member}; }};
}

template <QList<LabeledValue> Contact::*member>
Access list()
{
    return Access {[](const Contact& c) { return !(c.*member).isEmpty(); },
                   [](const Contact& a, const Contact& b) { return a.*member != b.*member; },
                   [](Contact& c) { (c.*member).clear(); },
                   [](const Contact& c) {
                       QStringList texts;
                       for (const LabeledValue& v : c.*member) {
                           texts << v.value << v.label;
                       }
                       return texts;
                   }};
}

const QHash<QString, Access>& accessTable()
{
    static const QHash<QString, Access> table {
        {QStringLiteral("given"), text<&Contact::givenName>()},
        {QStringLiteral("family"), text<&Contact::familyName>()},
        {QStringLiteral("email"), list<&Contact::emails>()},
        {QStringLiteral("phone"), list<&Contact::phones>()},
        {QStringLiteral("street"), text<&Contact::street>()},
        {QStringLiteral("postcode"), text<&Contact::postcode>()},
        {QStringLiteral("city"), text<&Contact::city>()},
        {QStringLiteral("region"), text<&Contact::region>()},
        {QStringLiteral("country"), text<&Contact::country>()},
        {QStringLiteral("title"), text<&Contact::jobTitle>()},
        {QStringLiteral("birthday"),
         Access {[](const Contact& c) { return c.birthday.isValid(); },
                 [](const Contact& a, const Contact& b) { return a.birthday != b.birthday; },
                 [](Contact& c) { c.birthday = QDate(); },
                 [](const Contact&) { return QStringList(); }}},
        {QStringLiteral("website"), text<&Contact::website>()},
        {QStringLiteral("company"),
         Access {[](const Contact& c) { return c.companyId.has_value() || !c.companyName.isEmpty(); },
                 [](const Contact& a, const Contact& b) {
                     return a.companyId != b.companyId || differs(a.companyName, b.companyName);
                 },
                 [](Contact& c) {
                     c.companyId.reset();
                     c.companyName.clear();
                 },
                 [](const Contact& c) { return QStringList {c.companyName}; }}},
        // Notes keep their leading and trailing blank lines: any change counts.
        {QStringLiteral("notes"),
         Access {[](const Contact& c) { return !c.notes.isEmpty(); },
                 [](const Contact& a, const Contact& b) { return a.notes != b.notes; },
                 [](Contact& c) { c.notes.clear(); },
                 [](const Contact& c) { return QStringList {c.notes}; }}},
        {QStringLiteral("tag"),
         Access {[](const Contact& c) { return !c.tags.isEmpty(); },
                 [](const Contact& a, const Contact& b) { return tagKey(a.tags) != tagKey(b.tags); },
                 [](Contact& c) { c.tags.clear(); },
                 [](const Contact& c) { return c.tags; }}},
        {QStringLiteral("source"), text<&Contact::source>()},
    };
    return table;
}

} // namespace

const ContactFields::Access* ContactFields::find(const QString& name)
{
    const auto& table = accessTable();
    const auto it = table.constFind(name);
    return it == table.constEnd() ? nullptr : &*it;
}

QStringList ContactFields::missing(const FieldRegistry& registry)
{
    QStringList out;
    for (const FieldInfo& f : registry.fieldsOf(QStringLiteral("contact"))) {
        if (!find(f.name)) {
            out.append(f.name);
        }
    }
    return out;
}

QStringList ContactFields::filled(const Contact& c, const FieldRegistry& registry)
{
    QStringList names;
    for (const FieldInfo& f : registry.fieldsOf(QStringLiteral("contact"))) {
        if (const Access* a = find(f.name); a && a->isSet(c)) {
            names.append(f.name);
        }
    }
    return names;
}

QStringList ContactFields::changed(const Contact& before, const Contact& after, const FieldRegistry& registry)
{
    QStringList names;
    for (const FieldInfo& f : registry.enteredFieldsOf(QStringLiteral("contact"))) {
        if (const Access* a = find(f.name); a && a->differs(before, after)) {
            names.append(f.name);
        }
    }
    return names;
}

} // namespace confidant::crm
