#include "SampleData.h"

#include "core/crm/CompanyService.h"
#include "core/crm/ContactService.h"
#include "core/security/MutationGate.h"

#include <array>
#include <vector>

namespace confidant::crm {

namespace {

// splitmix64: tiny, fast and identical on every platform.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n)
    {
        return static_cast<std::size_t>(next() % n);
    }
    template <typename T, std::size_t N>
    const T& pick(const std::array<T, N>& items)
    {
        return items[below(N)];
    }

private:
    std::uint64_t m_state;
};

constexpr std::array<const char*, 48> kGiven
    = {"Anna",  "Ben",    "Chloé",  "David",  "Elif",   "Finn",   "Greta",     "Hamza", "Ines",   "Jonas",
       "Karin", "Lukas",  "Maria",  "Noah",   "Olga",   "Pierre", "Quinn",     "Rosa",  "Sören",  "Tomás",
       "Ulla",  "Vera",   "Wei",    "Xavier", "Yasmin", "Zoë",    "Amélie",    "Björn", "Carmen", "Dmitri",
       "Emma",  "Fatima", "Giulia", "Hannah", "Ivan",   "Jana",   "Kofi",      "Léa",   "Mateo",  "Nadia",
       "Oskar", "Priya",  "Rafael", "Sofia",  "Theo",   "Uwe",    "Valentina", "Yuki"};
constexpr std::array<const char*, 48> kFamily
    = {"Müller",    "Schmidt",   "Dubois",  "Martin", "Rossi",  "García", "Nowak",  "Jensen",   "Yılmaz",   "Novák",
       "Kowalski",  "Bernard",   "Fischer", "Weber",  "Meyer",  "Wagner", "Becker", "Hoffmann", "Lefèvre",  "Moreau",
       "Laurent",   "Fontaine",  "Ricci",   "Romano", "Costa",  "Silva",  "Santos", "Pereira",  "Andersen", "Nielsen",
       "Johansson", "Lindqvist", "O'Brien", "Murphy", "Kelly",  "Walsh",  "Smith",  "Jones",    "Taylor",   "Brown",
       "Nguyen",    "Tanaka",    "Kim",     "Chen",   "Okafor", "Mensah", "Haddad", "Petrov"};
constexpr std::array<const char*, 24> kCompanyStem
    = {"Alpen",    "Nord",   "Blue Harbour", "Sonnen", "Atlas",  "Lumen", "Kestrel",  "Riverside",
       "Eiche",    "Granit", "Polar",        "Cedar",  "Falken", "Orbit", "Meridian", "Linden",
       "Sterling", "Aurora", "Brück",        "Quarz",  "Nova",   "Helix", "Birch",    "Vista"};
constexpr std::array<const char*, 12> kCompanyKind = {"Bakery",
                                                      "Consulting",
                                                      "Logistics",
                                                      "Design",
                                                      "Software",
                                                      "Dental",
                                                      "Carpentry",
                                                      "Optics",
                                                      "Print Shop",
                                                      "Travel",
                                                      "Energy",
                                                      "Studio"};
constexpr std::array<const char*, 6> kLegalForm = {"GmbH", "Ltd", "SARL", "AG", "& Co. KG", "Inc."};
constexpr std::array<const char*, 20> kCity
    = {"Berlin", "Hamburg", "München", "Köln",  "Lyon",   "Paris", "Wien", "Zürich",   "Amsterdam", "Dublin",
       "Leeds",  "Bristol", "Milano",  "Porto", "Kraków", "Århus", "Gent", "Bordeaux", "Graz",      "Leipzig"};
constexpr std::array<const char*, 16> kTitle = {"Owner",
                                                "Managing Director",
                                                "Office Manager",
                                                "Head of Sales",
                                                "Buyer",
                                                "Accountant",
                                                "Project Lead",
                                                "Marketing Manager",
                                                "CTO",
                                                "Team Assistant",
                                                "Purchasing",
                                                "Operations Lead",
                                                "Founder",
                                                "Consultant",
                                                "Engineer",
                                                "Customer Success"};
constexpr std::array<const char*, 12> kStreet = {"Hauptstraße",
                                                 "Rue de la Paix",
                                                 "Bahnhofstraße",
                                                 "High Street",
                                                 "Lindenallee",
                                                 "Via Roma",
                                                 "Marktplatz",
                                                 "Station Road",
                                                 "Gartenweg",
                                                 "Avenue Foch",
                                                 "Kirchgasse",
                                                 "Mill Lane"};
constexpr std::array<const char*, 16> kNote = {"Met at the trade fair; interested in the spring offer.",
                                               "Prefers calls in the morning.",
                                               "Asked for a quote for 40 units, follow up next week.",
                                               "Long-standing customer, pays on time.",
                                               "Wants the invoice by post, not email.",
                                               "Referred by a colleague from the same branch.",
                                               "Evaluating two competitors; send the comparison sheet.",
                                               "Called about the delivery delay, resolved.",
                                               "Newsletter reader; clicked the product update.",
                                               "Budget decision in Q3.",
                                               "Speaks German and French.",
                                               "Visit planned when we are in town.",
                                               "Needs a data processing agreement before ordering.",
                                               "Interested in the maintenance contract.",
                                               "Moved from the old office; address updated.",
                                               "Prefers email over phone."};
constexpr std::array<const char*, 8> kTag
    = {"customer", "lead", "partner", "supplier", "vip", "press", "event-2026", "newsletter"};

QString asciiFold(QString s)
{
    s = s.normalized(QString::NormalizationForm_D);
    QString out;
    for (QChar c : s) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            out.append(c.toLower());
        } else if (c == QChar(0x0131)) {
            out.append(QLatin1Char('i'));
        }
    }
    return out;
}

QString digits(Rng& rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i) {
        s.append(QChar(u'0' + static_cast<char16_t>(rng.below(10))));
    }
    return s;
}

} // namespace

SampleData::SampleData(security::MutationGate& gate, ContactService& contacts, CompanyService& companies)
    : m_gate(gate)
    , m_contacts(contacts)
    , m_companies(companies)
{
}

Result<SampleData::Summary> SampleData::generate(qint64 contactCount,
                                                 std::uint64_t seed,
                                                 const std::atomic_bool* cancel,
                                                 const std::function<void(qint64, qint64)>& progress)
{
    if (contactCount < 0 || contactCount > 10'000'000) {
        return makeError(ErrorKind::Invalid, tr("Choose between 0 and 10,000,000 sample contacts."));
    }
    Rng rng(seed);
    Summary summary;
    const qint64 companyCount = contactCount == 0 ? 0 : std::max<qint64>(1, contactCount / 25);
    std::vector<CompanyId> companyIds;
    std::vector<QString> companyDomains;
    companyIds.reserve(static_cast<std::size_t>(companyCount));
    // All companies in one transaction: the nested creates join it.
    security::Mutation batchMutation {
        QStringLiteral("company.create_many"), QStringLiteral("company"), QString(), {}, companyCount};
    batchMutation.permission = security::Permission::EditContacts;
    auto companiesDone
        = m_gate.apply<void>(batchMutation, [&](storage::Database&, security::Mutation&) -> Result<void> {
              for (qint64 i = 0; i < companyCount; ++i) {
                  if (cancel && cancel->load()) {
                      return makeError(ErrorKind::Cancelled, tr("Cancelled."));
                  }
                  Company c;
                  c.name = QStringLiteral("%1 %2 %3")
                               .arg(QString::fromUtf8(rng.pick(kCompanyStem)),
                                    QString::fromUtf8(rng.pick(kCompanyKind)),
                                    QString::fromUtf8(rng.pick(kLegalForm)));
                  if (i >= static_cast<qint64>(kCompanyStem.size() * kCompanyKind.size())) {
                      c.name += QStringLiteral(" %1").arg(i); // keep names apart on big vaults
                  }
                  c.domain = asciiFold(c.name.section(QLatin1Char(' '), 0, 1)) + QString::number(i)
                      + QStringLiteral(".example");
                  c.phone = QStringLiteral("+49 30 %1").arg(digits(rng, 7));
                  c.city = QString::fromUtf8(rng.pick(kCity));
                  c.street = QStringLiteral("%1 %2").arg(QString::fromUtf8(rng.pick(kStreet))).arg(1 + rng.below(120));
                  c.postcode = digits(rng, 5);
                  c.country = QStringLiteral("DE");
                  c.source = QStringLiteral("sample-data");
                  auto created = m_companies.create(c);
                  if (!created) {
                      return created.error();
                  }
                  companyIds.push_back(created->id);
                  companyDomains.push_back(c.domain);
                  ++summary.companies;
              }
              return {};
          });
    if (!companiesDone) {
        return companiesDone.error();
    }

    constexpr qint64 kBatch = 10000;
    std::vector<Contact> batch;
    batch.reserve(static_cast<std::size_t>(std::min(kBatch, contactCount)));
    for (qint64 i = 0; i < contactCount; ++i) {
        Contact c;
        c.givenName = QString::fromUtf8(rng.pick(kGiven));
        c.familyName = QString::fromUtf8(rng.pick(kFamily));
        const std::size_t company = rng.below(companyIds.size());
        c.companyId = companyIds[company];
        c.emails.append({QStringLiteral("%1.%2%3@%4")
                             .arg(asciiFold(c.givenName), asciiFold(c.familyName))
                             .arg(i)
                             .arg(companyDomains[company]),
                         QStringLiteral("work")});
        if (rng.below(4) == 0) {
            c.emails.append(
                {QStringLiteral("%1%2@mail.example").arg(asciiFold(c.givenName)).arg(i), QStringLiteral("home")});
        }
        c.phones.append({QStringLiteral("+49 %1 %2").arg(digits(rng, 2), digits(rng, 7)), QStringLiteral("work")});
        if (rng.below(3) == 0) {
            c.phones.append(
                {QStringLiteral("+49 15%1 %2").arg(digits(rng, 1), digits(rng, 7)), QStringLiteral("mobile")});
        }
        c.jobTitle = QString::fromUtf8(rng.pick(kTitle));
        c.city = QString::fromUtf8(rng.pick(kCity));
        c.street = QStringLiteral("%1 %2").arg(QString::fromUtf8(rng.pick(kStreet))).arg(1 + rng.below(200));
        c.postcode = digits(rng, 5);
        c.country = QStringLiteral("DE");
        if (rng.below(2) == 0) {
            c.notes = QString::fromUtf8(rng.pick(kNote));
        }
        if (rng.below(3) == 0) {
            c.tags.append(QString::fromUtf8(rng.pick(kTag)));
        }
        c.source = QStringLiteral("sample-data");
        batch.push_back(std::move(c));
        if (static_cast<qint64>(batch.size()) == kBatch || i + 1 == contactCount) {
            auto r = m_contacts.createMany(batch, cancel);
            if (!r) {
                if (r.error().kind == ErrorKind::Cancelled) {
                    // Earlier batches are committed: say so instead of "nothing was added".
                    return makeError(ErrorKind::Cancelled,
                                     tr("Cancelled after %1 contacts and %2 companies were added; the batch in "
                                        "progress was rolled back.")
                                         .arg(summary.contacts)
                                         .arg(summary.companies));
                }
                return r.error();
            }
            summary.contacts += *r;
            batch.clear();
            if (progress) {
                progress(summary.contacts, contactCount);
            }
        }
    }
    return summary;
}

} // namespace confidant::crm
