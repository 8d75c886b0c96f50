// confidant-bench: open time, first page, prefix-search latency and insert throughput on vaults of N
// sample contacts, each against the same code on an unencrypted database (same build, no key).
//
//   confidant-bench [--contacts 10000,100000,1000000] [--searches 300] [--json FILE] [--dir DIR]
//                   [--security N]   (audited writes, audit verify, backup and key rotation on a real vault)
//                   [--crm N]        (board of N deals, timeline of a contact with N activities)
//                   [--import N]     (import of an N-row CSV and vCard file, encrypted and plain)
//                   [--gate N]       (Newsletter consents for N contacts, purpose gate, gated preview and CSV export)
//                   [--access N]     (access package of a contact with N activities: build, write json,csv,pdf)

#include "core/Clock.h"
#include "core/Session.h"
#include "core/crm/ActivityService.h"
#include "core/crm/CompanyService.h"
#include "core/crm/ContactService.h"
#include "core/crm/DealService.h"
#include "core/crm/ExportService.h"
#include "core/crm/ImportService.h"
#include "core/crm/PipelineService.h"
#include "core/crm/SampleData.h"
#include "core/privacy/AccessPackage.h"
#include "core/privacy/ConsentService.h"
#include "core/privacy/PurposeGate.h"
#include "core/privacy/PurposeService.h"
#include "core/report/MarkdownPdf.h"
#include "core/security/AuditLog.h"
#include "core/security/AuditTrail.h"
#include "core/security/MutationGate.h"
#include "core/security/ProfileService.h"
#include "core/storage/Database.h"
#include "core/storage/Schema.h"
#include "core/storage/SecretBuffer.h"
#include "core/storage/Statement.h"
#include "core/storage/Vault.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace confidant;

namespace {

struct Figures
{
    double insertPerSecond = 0;
    double openMs = 0;
    double firstPageMs = 0;
    double searchP50Ms = 0;
    double searchP99Ms = 0;
    double fileMiB = 0;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * double(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

double median(const std::vector<double>& values)
{
    return percentile(values, 0.5);
}

[[noreturn]] void fail(const QString& what, const Error& e)
{
    std::fprintf(
        stderr, "confidant-bench: %s: %s (%s)\n", qPrintable(what), qPrintable(e.message), qPrintable(e.detail));
    std::exit(1);
}

template <typename T>
T check(Result<T> r, const char* what)
{
    if (!r) {
        fail(QString::fromLatin1(what), r.error());
    }
    if constexpr (!std::is_void_v<T>) {
        return std::move(r).value();
    }
}

// Opens `path` the way Vault does: key first (when encrypted), the first read, then the settings.
storage::Database openDb(const QString& path, const storage::SecretBuffer* keySpec, bool create)
{
    auto db = check(storage::Database::open(
                        path, create ? storage::Database::OpenMode::Create : storage::Database::OpenMode::ExistingOnly),
                    "open");
    if (keySpec) {
        check(db.applyKey(*keySpec), "key");
    }
    if (create) {
        check(db.exec("PRAGMA auto_vacuum = INCREMENTAL"), "auto_vacuum");
    }
    check(db.queryInt("SELECT count(*) FROM sqlite_schema"), "first read");
    check(storage::Vault::applyConnectionSettings(db), "settings");
    check(storage::Schema::currentVersion(db), "user_version");
    return db;
}

// A gate as a Session builds it, for a database the bench opened itself: an audit trail in `trailDir`
// (sealed with the database's key), acting as the owner. A gate without an audit trail allows nothing.
struct AuditedGate
{
    AuditedGate(storage::Database& db, const QString& trailDir, const Clock& clock)
        : trail(trailDir, check(security::AuditLog::sealKey(db), "seal key"), clock)
        , gate(db)
    {
        gate.setAuditTrail(&trail);
        const security::ProfileService profiles(gate, clock);
        gate.setActor(check(profiles.defaultProfile(), "owner profile").actor());
    }

    security::AuditTrail trail;
    security::MutationGate gate;
};

// Search terms a person types: prefixes of names, companies, email parts and phone digits.
std::vector<QString> searchTerms(int count)
{
    const QStringList words = {QStringLiteral("anna"),
                               QStringLiteral("müller"),
                               QStringLiteral("schmidt"),
                               QStringLiteral("dubois"),
                               QStringLiteral("atlas"),
                               QStringLiteral("bakery"),
                               QStringLiteral("sofia"),
                               QStringLiteral("weber"),
                               QStringLiteral("nguyen"),
                               QStringLiteral("berlin"),
                               QStringLiteral("lumen"),
                               QStringLiteral("4930"),
                               QStringLiteral("quote"),
                               QStringLiteral("jonas"),
                               QStringLiteral("o'brien"),
                               QStringLiteral("mail")};
    std::vector<QString> terms;
    std::uint64_t x = 0x2545F4914F6CDD1DULL;
    for (int i = 0; i < count; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const QString& w = words[int(x % std::uint64_t(words.size()))];
        const int len = 1 + int((x >> 20) % std::uint64_t(std::min<qsizetype>(5, w.size())));
        terms.push_back(w.left(len));
    }
    return terms;
}

Figures run(const QString& dir, qint64 contacts, bool encrypted, int searches)
{
    const QString path = QDir(dir).filePath(encrypted ? QStringLiteral("encrypted.db") : QStringLiteral("plain.db"));
    for (const char* suffix : {"", "-wal", "-shm"}) {
        QFile::remove(path + QString::fromLatin1(suffix));
    }
    // The audit chain head of this database, beside it as a vault keeps it.
    const QString trailDir = path + QStringLiteral(".audit");
    QDir(trailDir).removeRecursively();
    QDir().mkpath(trailDir);
    storage::SecretBuffer rawKey = storage::SecretBuffer::random(32);
    const storage::SecretBuffer keySpec = rawKey.toRawKeySpec();
    const storage::SecretBuffer* key = encrypted ? &keySpec : nullptr;
    SystemClock clock;
    Figures f;

    {
        storage::Database db = openDb(path, key, true);
        check(storage::Schema::migrate(db), "migrate");
        AuditedGate audited(db, trailDir, clock);
        crm::ContactService contactService(audited.gate, clock);
        crm::CompanyService companyService(audited.gate, clock);
        crm::SampleData sample(audited.gate, contactService, companyService);
        QElapsedTimer t;
        t.start();
        check(sample.generate(contacts, 1), "sample data");
        f.insertPerSecond = double(contacts) / (double(t.nsecsElapsed()) / 1e9);
        check(db.exec("PRAGMA wal_checkpoint(TRUNCATE)"), "checkpoint");
    }
    f.fileMiB = double(QFileInfo(path).size()) / (1024.0 * 1024.0);

    std::vector<double> opens;
    std::vector<double> firstPages;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        storage::Database db = openDb(path, key, false);
        opens.push_back(double(t.nsecsElapsed()) / 1e6);
        AuditedGate audited(db, trailDir, clock);
        crm::ContactService contactService(audited.gate, clock);
        t.restart();
        auto page = check(contactService.list(crm::ContactQuery {}), "first page");
        firstPages.push_back(double(t.nsecsElapsed()) / 1e6);
        if (page.rows.isEmpty() && contacts > 0) {
            fail(QStringLiteral("first page"), makeError(ErrorKind::Io, QStringLiteral("empty")));
        }
    }
    f.openMs = median(opens);
    f.firstPageMs = median(firstPages);

    storage::Database db = openDb(path, key, false);
    AuditedGate audited(db, trailDir, clock);
    crm::ContactService contactService(audited.gate, clock);
    std::vector<double> latencies;
    for (const QString& term : searchTerms(searches)) {
        crm::ContactQuery q;
        q.search = term;
        q.limit = 200;
        QElapsedTimer t;
        t.start();
        check(contactService.list(q), "search");
        latencies.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    f.searchP50Ms = percentile(latencies, 0.5);
    f.searchP99Ms = percentile(latencies, 0.99);
    return f;
}

QJsonObject toJson(const Figures& f)
{
    return {{QStringLiteral("insert_per_s"), f.insertPerSecond},
            {QStringLiteral("open_ms"), f.openMs},
            {QStringLiteral("first_page_ms"), f.firstPageMs},
            {QStringLiteral("search_p50_ms"), f.searchP50Ms},
            {QStringLiteral("search_p99_ms"), f.searchP99Ms},
            {QStringLiteral("file_mib"), f.fileMiB}};
}

// The security core on a real passphrase vault of `contacts` sample contacts: one audited write (the audit
// entry plus sealing the chain head twice), `audit verify` over the trail, a verified backup, and a key
// rotation. (There is no unaudited write to compare with: a gate without an audit trail allows nothing.)
QJsonObject runSecurity(const QString& dir, qint64 contacts, QTextStream& out)
{
    const QString vaultDir = QDir(dir).filePath(QStringLiteral("security-vault"));
    QDir(vaultDir).removeRecursively();
    SystemClock clock;
    const QByteArray pass("a benchmark passphrase");
    auto vault = check(storage::Vault::createWithPassphrase(
                           vaultDir, storage::SecretBuffer(pass.constData(), std::size_t(pass.size())), clock.nowMs()),
                       "create vault");
    Session session(std::move(vault), clock);
    crm::SampleData sample(session.gate(), session.contacts(), session.companies());
    check(sample.generate(contacts, 1), "sample data");

    auto timeWrites = [&](crm::ContactService& service, int count) {
        std::vector<double> ms;
        for (int i = 0; i < count; ++i) {
            crm::Contact c;
            c.givenName = QStringLiteral("Bench");
            c.familyName = QStringLiteral("Writer %1").arg(i);
            QElapsedTimer t;
            t.start();
            check(service.create(c), "create");
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        return ms;
    };
    const std::vector<double> audited = timeWrites(session.contacts(), 200);
    QElapsedTimer t;
    t.start();
    const auto verified = check(session.auditLog().verify(), "verify");
    const double verifyMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    const auto backup = check(session.admin().backup(), "backup");
    const double backupMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    storage::SecretBuffer unused;
    const QByteArray next("another benchmark passphrase");
    check(session.admin().rekey(nullptr, storage::SecretBuffer(next.constData(), std::size_t(next.size())), unused),
          "rekey");
    const double rekeyMs = double(t.nsecsElapsed()) / 1e6;

    const double mib = double(QFileInfo(session.vault().databasePath()).size()) / (1024.0 * 1024.0);
    out << QStringLiteral("\nsecurity core, %1 contacts (%2 MiB):\n").arg(contacts).arg(mib, 0, 'f', 1);
    out << QStringLiteral("  audited write p50 %1 ms (p99 %2)\n")
               .arg(median(audited), 0, 'f', 2)
               .arg(percentile(audited, 0.99), 0, 'f', 2);
    out << QStringLiteral("  audit verify %1 entries: %2 ms\n").arg(verified.entries).arg(verifyMs, 0, 'f', 1);
    out << QStringLiteral("  backup (%1 MiB, verified): %2 ms\n")
               .arg(double(backup.bytes) / (1024.0 * 1024.0), 0, 'f', 1)
               .arg(backupMs, 0, 'f', 0);
    out << QStringLiteral("  rekey: %1 ms\n").arg(rekeyMs, 0, 'f', 0);
    out.flush();
    return {{QStringLiteral("contacts"), contacts},
            {QStringLiteral("audited_write_p50_ms"), median(audited)},
            {QStringLiteral("audit_verify_ms"), verifyMs},
            {QStringLiteral("audit_entries"), verified.entries},
            {QStringLiteral("backup_ms"), backupMs},
            {QStringLiteral("rekey_ms"), rekeyMs}};
}

// Writes an import file of `rows` distinct contacts: a CSV with Outlook's headers (quoted notes with
// commas and line breaks among them) or the same people as vCard 3.0.
QString writeImportFile(const QString& dir, qint64 rows, bool vcard)
{
    const QString path = QDir(dir).filePath(vcard ? QStringLiteral("import.vcf") : QStringLiteral("import.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "confidant-bench: cannot write %s\n", qPrintable(path));
        std::exit(1);
    }
    QByteArray chunk;
    if (!vcard) {
        chunk = "First Name,Last Name,E-mail Address,Mobile Phone,Company,Job Title,Business City,Notes\r\n";
    }
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (vcard) {
            chunk += "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Person " + n + ";Ada;;;\r\nFN:Ada Person " + n
                + "\r\nEMAIL;TYPE=INTERNET,WORK:ada" + n + "@example.com\r\nTEL;TYPE=CELL:+49 151 " + n
                + "\r\nORG:Firm " + QByteArray::number(i % 500)
                + "\r\nNOTE:Met at the fair\\, wants a quote\r\nEND:VCARD\r\n";
        } else {
            chunk += "Ada,Person " + n + ",ada" + n + "@example.com,+49 151 " + n + ",Firm "
                + QByteArray::number(i % 500) + ",Buyer,Berlin,\"Met at the fair, wants\na quote\"\r\n";
        }
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

// Import throughput: preview (parse, map, validate, match) and commit (one transaction) of a `rows`-row
// file into an empty database, encrypted (a real vault) and plain (same code, no key); both audited.
QJsonObject runImport(const QString& dir, qint64 rows, QTextStream& out)
{
    QJsonObject result {{QStringLiteral("rows"), rows}};
    out << QStringLiteral("\nimport of %1 new contacts (preview + commit, rows/s):\n").arg(rows);
    for (const bool vcard : {false, true}) {
        const QString file = writeImportFile(dir, rows, vcard);
        double rates[2] = {0, 0};
        for (const bool encrypted : {false, true}) {
            SystemClock clock;
            const QString dbPath = QDir(dir).filePath(QStringLiteral("import-plain.db"));
            const QString trailDir = dbPath + QStringLiteral(".audit");
            const QString vaultDir = QDir(dir).filePath(QStringLiteral("import-vault"));
            QDir(vaultDir).removeRecursively();
            QDir(trailDir).removeRecursively();
            for (const char* suffix : {"", "-wal", "-shm"}) {
                QFile::remove(dbPath + QString::fromLatin1(suffix));
            }
            std::unique_ptr<Session> session;
            std::optional<storage::Database> plainDb;
            std::unique_ptr<AuditedGate> plainGate;
            std::unique_ptr<crm::ImportService> plainImports;
            crm::ImportService* imports = nullptr;
            if (encrypted) {
                const QByteArray pass("a benchmark passphrase");
                auto vault = check(
                    storage::Vault::createWithPassphrase(
                        vaultDir, storage::SecretBuffer(pass.constData(), std::size_t(pass.size())), clock.nowMs()),
                    "create vault");
                session = std::make_unique<Session>(std::move(vault), clock);
                imports = &session->imports();
            } else {
                plainDb.emplace(openDb(dbPath, nullptr, true));
                check(storage::Schema::migrate(*plainDb), "migrate");
                QDir().mkpath(trailDir);
                plainGate = std::make_unique<AuditedGate>(*plainDb, trailDir, clock);
                plainImports = std::make_unique<crm::ImportService>(plainGate->gate, clock);
                imports = plainImports.get();
            }
            QElapsedTimer t;
            t.start();
            const auto preview = check(imports->preview(file), "preview");
            const double previewS = double(t.nsecsElapsed()) / 1e9;
            t.restart();
            const auto imported = check(imports->commit(preview, {}), "commit");
            const double commitS = double(t.nsecsElapsed()) / 1e9;
            if (imported.created != rows) {
                std::fprintf(stderr, "confidant-bench: imported %lld of %lld rows\n", imported.created, rows);
                std::exit(1);
            }
            rates[encrypted ? 1 : 0] = double(rows) / (previewS + commitS);
            out << QStringLiteral("  %1 %2: preview %3 s (%4 rows/s), commit %5 s, total %6 rows/s\n")
                       .arg(vcard ? QStringLiteral("vCard") : QStringLiteral("CSV  "))
                       .arg(encrypted ? QStringLiteral("encrypted") : QStringLiteral("plain    "))
                       .arg(previewS, 0, 'f', 2)
                       .arg(double(rows) / previewS, 0, 'f', 0)
                       .arg(commitS, 0, 'f', 2)
                       .arg(rates[encrypted ? 1 : 0], 0, 'f', 0);
            out.flush();
        }
        const QString key = vcard ? QStringLiteral("vcard") : QStringLiteral("csv");
        result.insert(key,
                      QJsonObject {{QStringLiteral("plain_rows_per_s"), rates[0]},
                                   {QStringLiteral("encrypted_rows_per_s"), rates[1]},
                                   {QStringLiteral("plain_over_encrypted"), rates[0] / rates[1]}});
        out << QStringLiteral("  %1 plain/encrypted: %2\n").arg(key).arg(rates[0] / rates[1], 0, 'f', 2);
    }
    return result;
}

// The CRM views on a real passphrase vault: the board of one pipeline holding `deals` open deals (first
// 50 cards per stage, counts and totals per stage), and the first timeline page (50) of one contact with
// `activities` activities. Each is timed `runs` times on a warm connection, as the GUI opens them.
QJsonObject runCrm(const QString& dir, qint64 deals, qint64 activities, QTextStream& out)
{
    const QString vaultDir = QDir(dir).filePath(QStringLiteral("crm-vault"));
    QDir(vaultDir).removeRecursively();
    SystemClock clock;
    const QByteArray pass("a benchmark passphrase");
    auto vault = check(storage::Vault::createWithPassphrase(
                           vaultDir, storage::SecretBuffer(pass.constData(), std::size_t(pass.size())), clock.nowMs()),
                       "create vault");
    Session session(std::move(vault), clock);
    crm::SampleData sample(session.gate(), session.contacts(), session.companies());
    check(sample.generate(2000, 1), "sample data");
    const auto pipelines = check(session.pipelines().pipelines(), "pipelines");
    const crm::Pipeline& pipeline = pipelines.first();
    QList<crm::StageId> open;
    for (const auto& stage : pipeline.stages) {
        if (stage.kind == crm::StageKind::Open) {
            open.append(stage.id);
        }
    }
    const QStringList currencies {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP")};
    QElapsedTimer t;
    t.start();
    // One outer transaction: the nested creates join it, as an import of deals would.
    security::Mutation bulk {QStringLiteral("bench.deals"), QStringLiteral("deal")};
    check(session.gate().apply<int>(bulk,
                                    [&](storage::Database&, security::Mutation&) -> Result<int> {
                                        for (qint64 i = 0; i < deals; ++i) {
                                            crm::Deal d;
                                            d.title = QStringLiteral("Deal %1").arg(i);
                                            d.valueMinor = 10000 + (i * 7919) % 5000000;
                                            d.currency = currencies[int(i % currencies.size())];
                                            d.pipelineId = pipeline.id;
                                            d.stageId = open[int(i % open.size())];
                                            if (auto r = session.deals().create(d); !r) {
                                                return r.error();
                                            }
                                        }
                                        return int(deals);
                                    }),
          "deals");
    const double dealInsertMs = double(t.nsecsElapsed()) / 1e6;

    const int runs = 20;
    std::vector<double> boardMs;
    for (int i = 0; i < runs; ++i) {
        t.restart();
        check(session.deals().board(pipeline.id, 50), "board");
        boardMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    crm::Contact person;
    person.givenName = QStringLiteral("Busy");
    person.familyName = QStringLiteral("Customer");
    const auto contact = check(session.contacts().create(person), "contact");
    std::vector<crm::Activity> batch;
    batch.reserve(std::size_t(activities));
    const qint64 now = clock.nowMs();
    for (qint64 i = 0; i < activities; ++i) {
        crm::Activity a;
        a.kind = i % 5 == 4 ? crm::ActivityKind::Note : crm::ActivityKind::Call;
        a.subject = QStringLiteral("Call %1").arg(i);
        a.body = QStringLiteral("Talked about the order and the next delivery.");
        a.atMs = now - i * 60'000;
        a.links.append({crm::EntityType::Contact, contact.uid, contact.id.value, {}});
        batch.push_back(a);
    }
    t.restart();
    check(session.activities().addMany(batch), "activities");
    const double activityInsertMs = double(t.nsecsElapsed()) / 1e6;
    std::vector<double> timelineMs;
    for (int i = 0; i < runs; ++i) {
        t.restart();
        check(session.activities().timeline(crm::EntityType::Contact, contact.id.value, 50), "timeline");
        timelineMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    out << QStringLiteral("\nCRM views (encrypted vault):\n");
    out << QStringLiteral("  %1 deals inserted in one transaction: %2 ms\n").arg(deals).arg(dealInsertMs, 0, 'f', 0);
    out << QStringLiteral("  board of %1 open deals (50 cards per stage, totals): p50 %2 ms, p99 %3 ms\n")
               .arg(deals)
               .arg(median(boardMs), 0, 'f', 2)
               .arg(percentile(boardMs, 0.99), 0, 'f', 2);
    out << QStringLiteral("  %1 activities of one contact inserted: %2 ms\n")
               .arg(activities)
               .arg(activityInsertMs, 0, 'f', 0);
    out << QStringLiteral("  timeline first page (50 of %1): p50 %2 ms, p99 %3 ms\n")
               .arg(activities)
               .arg(median(timelineMs), 0, 'f', 2)
               .arg(percentile(timelineMs, 0.99), 0, 'f', 2);
    out.flush();
    return {{QStringLiteral("deals"), deals},
            {QStringLiteral("board_p50_ms"), median(boardMs)},
            {QStringLiteral("board_p99_ms"), percentile(boardMs, 0.99)},
            {QStringLiteral("activities"), activities},
            {QStringLiteral("timeline_p50_ms"), median(timelineMs)},
            {QStringLiteral("timeline_p99_ms"), percentile(timelineMs, 0.99)}};
}

// The consent ledger and the purpose gate on a real passphrase vault of `contacts` sample contacts, for the
// seeded "Newsletter" purpose (consent, direct marketing). By contact id modulo 20: 0-10 granted now (55%),
// 11 granted 400 days ago with an expiry 30 days ago (5%), the rest without consent (40%); then 0 withdrawn
// (5%) in a second pass, so the gate keeps 1-10 (50%). Both grants are one `grantMany` each (one
// transaction, one audit entry); the withdrawals are single `withdraw` calls joined into one outer
// transaction. Then timed on a warm connection: `PurposeGate::checkAll`, `ExportService::preview` with
// the purpose (every contact a candidate, in name order) and the gated CSV export into a QBuffer
// (audited, as in the app).
QJsonObject runGate(const QString& dir, qint64 contacts, QTextStream& out)
{
    const QString vaultDir = QDir(dir).filePath(QStringLiteral("gate-vault"));
    QDir(vaultDir).removeRecursively();
    SystemClock clock;
    const QByteArray pass("a benchmark passphrase");
    auto vault = check(storage::Vault::createWithPassphrase(
                           vaultDir, storage::SecretBuffer(pass.constData(), std::size_t(pass.size())), clock.nowMs()),
                       "create vault");
    Session session(std::move(vault), clock);
    crm::SampleData sample(session.gate(), session.contacts(), session.companies());
    check(sample.generate(contacts, 1), "sample data");
    check(session.purposes().list(), "purposes"); // seeds the starter purposes, "Newsletter" among them
    const QString purposeName = QStringLiteral("Newsletter");
    const privacy::Purpose newsletter = check(session.purposeGate().purpose(purposeName), "purpose");

    QList<crm::ContactId> granted;
    QList<crm::ContactId> expired;
    QList<crm::ContactId> withdrawn;
    qint64 expectNoConsent = 0;
    {
        auto s = check(session.vault().db().prepare("SELECT id FROM contacts ORDER BY id"), "contact ids");
        while (check(s.step(), "contact ids") == storage::Statement::Step::Row) {
            const qint64 id = s.int64(0);
            const qint64 slot = id % 20;
            if (slot <= 10) {
                granted.append(crm::ContactId {id});
                if (slot == 0) {
                    withdrawn.append(crm::ContactId {id});
                }
            } else if (slot == 11) {
                expired.append(crm::ContactId {id});
            } else {
                ++expectNoConsent;
            }
        }
    }
    const qint64 expectKept = granted.size() - withdrawn.size();
    const qint64 now = clock.nowMs();
    constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

    privacy::ConsentCapture current {newsletter.id, {}};
    current.record.method = privacy::ConsentMethod::WebForm;
    current.record.evidence = QStringLiteral("newsletter sign-up form");
    current.record.expiresAtMs = now + 730 * kDayMs;
    QElapsedTimer t;
    t.start();
    const int grantedCount = check(session.consents().grantMany(granted, {current}), "grantMany");
    const double grantS = double(t.nsecsElapsed()) / 1e9;

    privacy::ConsentCapture old {newsletter.id, {}};
    old.record.method = privacy::ConsentMethod::Paper;
    old.record.evidence = QStringLiteral("paper form, trade fair");
    old.record.atMs = now - 400 * kDayMs;
    old.record.expiresAtMs = now - 30 * kDayMs;
    t.restart();
    const int expiredCount = check(session.consents().grantMany(expired, {old}), "grantMany (expired)");
    const double grantExpiredS = double(t.nsecsElapsed()) / 1e9;
    if (grantedCount != granted.size() || expiredCount != expired.size()) {
        std::fprintf(stderr, "confidant-bench: grantMany wrote %d + %d consents\n", grantedCount, expiredCount);
        std::exit(1);
    }

    privacy::ConsentRecord withdrawal;
    withdrawal.method = privacy::ConsentMethod::Email;
    withdrawal.evidence = QStringLiteral("unsubscribe link");
    t.restart();
    // One outer transaction: each withdraw (audited as its own entry) joins it.
    security::Mutation bulk {QStringLiteral("bench.withdraw"), QStringLiteral("contact")};
    check(session.gate().apply<int>(bulk,
                                    [&](storage::Database&, security::Mutation&) -> Result<int> {
                                        for (const crm::ContactId id : withdrawn) {
                                            if (auto r = session.consents().withdraw(id, newsletter.id, withdrawal);
                                                !r) {
                                                return r.error();
                                            }
                                        }
                                        return int(withdrawn.size());
                                    }),
          "withdraw");
    const double withdrawS = double(t.nsecsElapsed()) / 1e9;

    // Every figure is checked against what was recorded: a fast gate that keeps the wrong people is no result.
    auto verify = [&](const privacy::GateReport& r, const char* what) {
        using privacy::GateReason;
        const bool ok = r.candidates == contacts && r.kept.size() + r.leftOutCount() == r.candidates
            && r.kept.size() == expectKept && r.leftOutFor(GateReason::NoConsent) == expectNoConsent
            && r.leftOutFor(GateReason::ConsentWithdrawn) == withdrawn.size()
            && r.leftOutFor(GateReason::ConsentExpired) == expired.size() && r.leftOutFor(GateReason::Restricted) == 0
            && r.leftOutFor(GateReason::ObjectedToMarketing) == 0;
        if (!ok) {
            std::fprintf(stderr,
                         "confidant-bench: %s: %lld candidates, %lld kept (expected %lld), %s\n",
                         what,
                         r.candidates,
                         qint64(r.kept.size()),
                         expectKept,
                         qPrintable(r.summary()));
            std::exit(1);
        }
    };

    const int runs = 20;
    std::vector<double> gateMs;
    privacy::GateReport report;
    for (int i = 0; i < runs; ++i) {
        t.restart();
        report = check(session.purposeGate().checkAll(newsletter), "checkAll");
        gateMs.push_back(double(t.nsecsElapsed()) / 1e6);
        verify(report, "checkAll");
    }

    crm::ExportSelection selection;
    selection.purpose = purposeName;
    std::vector<double> previewMs;
    for (int i = 0; i < runs; ++i) {
        t.restart();
        const auto preview = check(session.exports().preview(selection), "preview");
        previewMs.push_back(double(t.nsecsElapsed()) / 1e6);
        verify(preview, "preview");
    }

    const int exportRuns = 7;
    std::vector<double> exportMs;
    double exportMiB = 0;
    for (int i = 0; i < exportRuns; ++i) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        t.restart();
        const qint64 written = check(session.exports().contactsCsv(selection, buffer), "export");
        exportMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (written != expectKept || buffer.data().isEmpty()) {
            std::fprintf(stderr, "confidant-bench: export wrote %lld contacts, expected %lld\n", written, expectKept);
            std::exit(1);
        }
        exportMiB = double(buffer.data().size()) / (1024.0 * 1024.0);
    }

    const qint64 leftOut = report.leftOutCount();
    const double grantRate = double(grantedCount) / grantS;
    const double allGrantRate = double(grantedCount + expiredCount) / (grantS + grantExpiredS);
    const double withdrawRate = withdrawS > 0 ? double(withdrawn.size()) / withdrawS : 0;
    out << QStringLiteral("\nconsent and purpose gate, %1 contacts, purpose \"%2\" (encrypted vault):\n")
               .arg(contacts)
               .arg(newsletter.name);
    out << QStringLiteral("  grantMany %1 consents: %2 s (%3 consents/s); %4 expired ones: %5 s; together %6 "
                          "consents/s\n")
               .arg(grantedCount)
               .arg(grantS, 0, 'f', 2)
               .arg(grantRate, 0, 'f', 0)
               .arg(expiredCount)
               .arg(grantExpiredS, 0, 'f', 2)
               .arg(allGrantRate, 0, 'f', 0);
    out << QStringLiteral("  withdraw %1 in one outer transaction: %2 s (%3/s)\n")
               .arg(withdrawn.size())
               .arg(withdrawS, 0, 'f', 2)
               .arg(withdrawRate, 0, 'f', 0);
    out << QStringLiteral("  gate: %1 candidates, %2 kept, %3 left out (%4)\n")
               .arg(report.candidates)
               .arg(report.kept.size())
               .arg(leftOut)
               .arg(report.summary());
    out << QStringLiteral("  PurposeGate::checkAll: p50 %1 ms, p99 %2 ms (%3 runs)\n")
               .arg(median(gateMs), 0, 'f', 2)
               .arg(percentile(gateMs, 0.99), 0, 'f', 2)
               .arg(runs);
    out << QStringLiteral("  ExportService::preview (purpose): p50 %1 ms, p99 %2 ms (%3 runs)\n")
               .arg(median(previewMs), 0, 'f', 2)
               .arg(percentile(previewMs, 0.99), 0, 'f', 2)
               .arg(runs);
    out << QStringLiteral("  gated CSV export of %1 contacts (%2 MiB) to a QBuffer: p50 %3 ms, p99 %4 ms (%5 runs)\n")
               .arg(expectKept)
               .arg(exportMiB, 0, 'f', 1)
               .arg(median(exportMs), 0, 'f', 1)
               .arg(percentile(exportMs, 0.99), 0, 'f', 1)
               .arg(exportRuns);
    out.flush();
    QJsonObject reasons;
    for (const privacy::GateReason reason : privacy::GateReport::reasons()) {
        reasons.insert(privacy::GateReport::reasonName(reason), report.leftOutFor(reason));
    }
    return {{QStringLiteral("contacts"), contacts},
            {QStringLiteral("grant_many_consents"), grantedCount},
            {QStringLiteral("grant_many_per_s"), grantRate},
            {QStringLiteral("grant_many_expired_consents"), expiredCount},
            {QStringLiteral("grant_many_all_per_s"), allGrantRate},
            {QStringLiteral("withdrawn"), qint64(withdrawn.size())},
            {QStringLiteral("withdraw_per_s"), withdrawRate},
            {QStringLiteral("kept"), qint64(report.kept.size())},
            {QStringLiteral("left_out"), leftOut},
            {QStringLiteral("left_out_by_reason"), reasons},
            {QStringLiteral("check_all_p50_ms"), median(gateMs)},
            {QStringLiteral("check_all_p99_ms"), percentile(gateMs, 0.99)},
            {QStringLiteral("preview_p50_ms"), median(previewMs)},
            {QStringLiteral("preview_p99_ms"), percentile(previewMs, 0.99)},
            {QStringLiteral("export_csv_p50_ms"), median(exportMs)},
            {QStringLiteral("export_csv_p99_ms"), percentile(exportMs, 0.99)},
            {QStringLiteral("export_csv_mib"), exportMiB}};
}

// The access package (issue #7: "an access package for a contact with 1k activities is produced in under a
// second") on a real passphrase vault: one contact with `activities` activities among 1,000 sample contacts,
// then `runs` times build + write of JSON, CSV and PDF into a fresh folder, on a warm connection. The build
// and each format are timed apart as well, so that a slow part shows.
QJsonObject runAccess(const QString& dir, qint64 activities, QTextStream& out)
{
    const QString vaultDir = QDir(dir).filePath(QStringLiteral("access-vault"));
    QDir(vaultDir).removeRecursively();
    SystemClock clock;
    const QByteArray pass("a benchmark passphrase");
    auto vault = check(storage::Vault::createWithPassphrase(
                           vaultDir, storage::SecretBuffer(pass.constData(), std::size_t(pass.size())), clock.nowMs()),
                       "create vault");
    Session session(std::move(vault), clock);
    session.access().setPdfRenderer(&report::MarkdownPdf::write);
    crm::SampleData sample(session.gate(), session.contacts(), session.companies());
    check(sample.generate(1000, 1), "sample data");
    crm::Contact c;
    c.givenName = QStringLiteral("Busy");
    c.familyName = QStringLiteral("Subject");
    c.emails = {{QStringLiteral("busy@example.com"), QStringLiteral("work")}};
    const crm::Contact subject = check(session.contacts().create(c), "contact");
    std::vector<crm::Activity> many;
    for (qint64 i = 0; i < activities; ++i) {
        crm::Activity a;
        a.kind = i % 5 == 0 ? crm::ActivityKind::Note : crm::ActivityKind::Call;
        a.subject = QStringLiteral("Call about order %1").arg(i);
        a.body
            = QStringLiteral("Talked about order %1, the delivery date and the invoice; follow up next week.").arg(i);
        a.atMs = clock.nowMs() - i * 3600000;
        a.links = {{crm::EntityType::Contact, subject.uid, subject.id.value, {}}};
        many.push_back(a);
    }
    check(session.activities().addMany(many), "activities");

    const int runs = 5;
    std::vector<double> totalMs, buildMs, jsonMs, csvMs, pdfMs;
    qint64 bytes = 0;
    for (int run = 0; run < runs; ++run) {
        const QString target = QDir(dir).filePath(QStringLiteral("access-%1").arg(run));
        QDir(target).removeRecursively();
        QElapsedTimer t;
        t.start();
        const privacy::SubjectPackage package = check(session.access().build(subject.uid), "build");
        const double built = double(t.nsecsElapsed()) / 1e6;
        const auto files = check(session.access().write(package, target, privacy::AccessFormats {}), "write");
        totalMs.push_back(double(t.nsecsElapsed()) / 1e6);
        buildMs.push_back(built);
        bytes = 0;
        for (const auto& f : files) {
            bytes += f.bytes;
        }
        if (package.counts.value(QStringLiteral("activities")) != activities) {
            std::fprintf(stderr, "confidant-bench: access package has the wrong number of activities\n");
            std::exit(1);
        }
        // Each format alone, into folders of their own.
        auto timed = [&](const privacy::AccessFormats& formats, const QString& name, std::vector<double>& into) {
            const QString folder = QDir(dir).filePath(QStringLiteral("access-%1-%2").arg(name).arg(run));
            QDir(folder).removeRecursively();
            QElapsedTimer ft;
            ft.start();
            check(session.access().write(package, folder, formats), "write one format");
            into.push_back(double(ft.nsecsElapsed()) / 1e6);
            QDir(folder).removeRecursively();
        };
        timed({true, false, false}, QStringLiteral("json"), jsonMs);
        timed({false, true, false}, QStringLiteral("csv"), csvMs);
        timed({false, false, true}, QStringLiteral("pdf"), pdfMs);
        QDir(target).removeRecursively();
    }
    out << QStringLiteral("\naccess package, a contact with %1 activities (encrypted vault, %2 runs):\n")
               .arg(activities)
               .arg(runs);
    out << QStringLiteral("  build + write json,csv,pdf (%1 KiB): p50 %2 ms, max %3 ms\n")
               .arg(bytes / 1024)
               .arg(median(totalMs), 0, 'f', 1)
               .arg(percentile(totalMs, 1.0), 0, 'f', 1);
    out << QStringLiteral("  build p50 %1 ms; write alone: json p50 %2 ms, csv p50 %3 ms, pdf p50 %4 ms\n")
               .arg(median(buildMs), 0, 'f', 1)
               .arg(median(jsonMs), 0, 'f', 1)
               .arg(median(csvMs), 0, 'f', 1)
               .arg(median(pdfMs), 0, 'f', 1);
    out.flush();
    return {{QStringLiteral("activities"), activities},
            {QStringLiteral("runs"), runs},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("total_p50_ms"), median(totalMs)},
            {QStringLiteral("total_max_ms"), percentile(totalMs, 1.0)},
            {QStringLiteral("build_p50_ms"), median(buildMs)},
            {QStringLiteral("json_p50_ms"), median(jsonMs)},
            {QStringLiteral("csv_p50_ms"), median(csvMs)},
            {QStringLiteral("pdf_p50_ms"), median(pdfMs)}};
}

} // namespace

int main(int argc, char** argv)
{
    // The access package writes PDF, which needs Qt GUI (offscreen, as in confidant-cli).
    bool wantsGui = false;
    for (int i = 1; i < argc; ++i) {
        wantsGui = wantsGui || qstrncmp(argv[i], "--access", 8) == 0;
    }
    std::unique_ptr<QCoreApplication> application;
    if (wantsGui) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("confidant-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks Confidant's vault against the same code unencrypted."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("contacts"),
                      QStringLiteral("Comma-separated vault sizes."),
                      QStringLiteral("N,..."),
                      QStringLiteral("10000,100000")});
    parser.addOption({QStringLiteral("searches"),
                      QStringLiteral("Prefix searches per vault."),
                      QStringLiteral("K"),
                      QStringLiteral("300")});
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("Also write the figures as JSON to FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Folder for the scratch databases (default: a temp dir)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("security"),
                      QStringLiteral("Also benchmark the security core on a vault of N contacts (0: skip)."),
                      QStringLiteral("N"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("import"),
                      QStringLiteral("Also benchmark importing an N-row CSV and vCard file (0: skip)."),
                      QStringLiteral("N"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("crm"),
                      QStringLiteral("Also benchmark the board with N deals and a timeline of N activities (0: skip)."),
                      QStringLiteral("N"),
                      QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("gate"),
         QStringLiteral("Also benchmark consents, the purpose gate and a gated export on N contacts (0: skip)."),
         QStringLiteral("N"),
         QStringLiteral("0")});
    parser.addOption({QStringLiteral("access"),
                      QStringLiteral("Also benchmark the access package of a contact with N activities (0: skip)."),
                      QStringLiteral("N"),
                      QStringLiteral("0")});
    parser.process(app);

    QTemporaryDir temp;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    QDir().mkpath(dir);
    const int searches = parser.value(QStringLiteral("searches")).toInt();

    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("contacts"), 9)
               .arg(QStringLiteral("mode"), 10)
               .arg(QStringLiteral("insert/s"), 10)
               .arg(QStringLiteral("open ms"), 9)
               .arg(QStringLiteral("page ms"), 9)
               .arg(QStringLiteral("p50 ms"), 8)
               .arg(QStringLiteral("p99 ms"), 8)
               .arg(QStringLiteral("MiB"), 7);
    out.flush();
    QJsonArray results;
    for (const QString& n : parser.value(QStringLiteral("contacts")).split(QLatin1Char(','))) {
        const qint64 contacts = n.toLongLong();
        const Figures plain = run(dir, contacts, false, searches);
        const Figures enc = run(dir, contacts, true, searches);
        auto row = [&](const QString& mode, double a, double b, double c, double d, double e, double g) {
            out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                       .arg(contacts, 9)
                       .arg(mode, 10)
                       .arg(a, 10, 'f', a < 100 ? 2 : 0)
                       .arg(b, 9, 'f', 2)
                       .arg(c, 9, 'f', 2)
                       .arg(d, 8, 'f', 2)
                       .arg(e, 8, 'f', 2)
                       .arg(g, 7, 'f', 1);
            out.flush();
        };
        row(QStringLiteral("plain"),
            plain.insertPerSecond,
            plain.openMs,
            plain.firstPageMs,
            plain.searchP50Ms,
            plain.searchP99Ms,
            plain.fileMiB);
        row(QStringLiteral("encrypted"),
            enc.insertPerSecond,
            enc.openMs,
            enc.firstPageMs,
            enc.searchP50Ms,
            enc.searchP99Ms,
            enc.fileMiB);
        // Cost ratios: time encrypted / time plain (for throughput: plain rate / encrypted rate).
        row(QStringLiteral("enc/plain"),
            plain.insertPerSecond / enc.insertPerSecond,
            enc.openMs / plain.openMs,
            enc.firstPageMs / plain.firstPageMs,
            enc.searchP50Ms / plain.searchP50Ms,
            enc.searchP99Ms / plain.searchP99Ms,
            enc.fileMiB / plain.fileMiB);
        results.append(QJsonObject {{QStringLiteral("contacts"), contacts},
                                    {QStringLiteral("plain"), toJson(plain)},
                                    {QStringLiteral("encrypted"), toJson(enc)}});
    }
    QJsonObject document {{QStringLiteral("benchmark"), QStringLiteral("confidant-bench")},
                          {QStringLiteral("results"), results}};
    if (const qint64 n = parser.value(QStringLiteral("security")).toLongLong(); n > 0) {
        document.insert(QStringLiteral("security"), runSecurity(dir, n, out));
    }
    if (const qint64 n = parser.value(QStringLiteral("crm")).toLongLong(); n > 0) {
        document.insert(QStringLiteral("crm"), runCrm(dir, n, n, out));
    }
    if (const qint64 n = parser.value(QStringLiteral("import")).toLongLong(); n > 0) {
        document.insert(QStringLiteral("import"), runImport(dir, n, out));
    }
    if (const qint64 n = parser.value(QStringLiteral("gate")).toLongLong(); n > 0) {
        document.insert(QStringLiteral("gate"), runGate(dir, n, out));
    }
    if (const qint64 n = parser.value(QStringLiteral("access")).toLongLong(); n > 0) {
        document.insert(QStringLiteral("access"), runAccess(dir, n, out));
    }
    const QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Indented);
    if (parser.isSet(QStringLiteral("json"))) {
        QFile file(parser.value(QStringLiteral("json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
            std::fprintf(stderr, "confidant-bench: cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
    }
    out << json;
    return 0;
}
