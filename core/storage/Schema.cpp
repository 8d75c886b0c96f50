#include "Schema.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <array>
#include <string>

namespace confidant::storage {

namespace {

// Times are integer UTC milliseconds; uids are UUIDs for anything that can leave the vault.
// Emails and phones are JSON arrays of {"value","label"} so one contact row is one search document.
constexpr const char* kMigration1 = R"sql(
CREATE TABLE companies (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    domain      TEXT,
    phone       TEXT,
    street      TEXT,
    postcode    TEXT,
    city        TEXT,
    region      TEXT,
    country     TEXT,
    notes       TEXT,
    source      TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX companies_by_name ON companies (name COLLATE NOCASE, id);
CREATE INDEX companies_by_updated ON companies (updated_at, id);

CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    given_name   TEXT NOT NULL DEFAULT '',
    family_name  TEXT NOT NULL DEFAULT '',
    emails       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(emails)),
    phones       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(phones)),
    street       TEXT,
    postcode     TEXT,
    city         TEXT,
    region       TEXT,
    country      TEXT,
    job_title    TEXT,
    company_id   INTEGER REFERENCES companies (id) ON DELETE SET NULL,
    notes        TEXT,
    source       TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX contacts_by_family ON contacts (family_name COLLATE NOCASE, given_name COLLATE NOCASE, id);
CREATE INDEX contacts_by_given ON contacts (given_name COLLATE NOCASE, family_name COLLATE NOCASE, id);
CREATE INDEX contacts_by_updated ON contacts (updated_at, id);
CREATE INDEX contacts_by_company ON contacts (company_id);

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE contact_tags (
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tags_by_tag ON contact_tags (tag_id, contact_id);
)sql";

// Search: contentless FTS5 tables (no second copy of the text) that still allow deletes, kept in sync
// by triggers so that no write path can forget them. secure-delete removes erased tokens for good.
constexpr const char* kMigration2 = R"sql(
CREATE VIEW contact_search_doc (id, name, emails, phones, company, notes) AS
SELECT c.id,
       c.given_name || ' ' || c.family_name,
       (SELECT group_concat(json_extract(e.value, '$.value'), ' ') FROM json_each(c.emails) AS e),
       (SELECT group_concat(json_extract(p.value, '$.value') || ' ' ||
               replace(replace(replace(replace(replace(replace(replace(json_extract(p.value, '$.value'),
                   ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '/', ''), '.', ''), ' ')
        FROM json_each(c.phones) AS p),
       (SELECT co.name FROM companies AS co WHERE co.id = c.company_id),
       coalesce(c.notes, '') || ' ' || coalesce(c.job_title, '')
FROM contacts AS c;

CREATE VIRTUAL TABLE contact_fts USING fts5(
    name, emails, phones, company, notes,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
INSERT INTO contact_fts (contact_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contact_fts (rowid, name, emails, phones, company, notes)
        SELECT id, name, emails, phones, company, notes FROM contact_search_doc WHERE id = NEW.id;
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE ON contacts BEGIN
    DELETE FROM contact_fts WHERE rowid = OLD.id;
    INSERT INTO contact_fts (rowid, name, emails, phones, company, notes)
        SELECT id, name, emails, phones, company, notes FROM contact_search_doc WHERE id = NEW.id;
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    DELETE FROM contact_fts WHERE rowid = OLD.id;
END;
CREATE TRIGGER companies_fts_rename_contacts AFTER UPDATE OF name ON companies BEGIN
    DELETE FROM contact_fts WHERE rowid IN (SELECT id FROM contacts WHERE company_id = NEW.id);
    INSERT INTO contact_fts (rowid, name, emails, phones, company, notes)
        SELECT d.id, d.name, d.emails, d.phones, d.company, d.notes
        FROM contact_search_doc AS d JOIN contacts AS c ON c.id = d.id WHERE c.company_id = NEW.id;
END;

CREATE VIRTUAL TABLE company_fts USING fts5(
    name, domain, phone, notes,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
INSERT INTO company_fts (company_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER companies_fts_insert AFTER INSERT ON companies BEGIN
    INSERT INTO company_fts (rowid, name, domain, phone, notes)
        VALUES (NEW.id, NEW.name, coalesce(NEW.domain, ''), coalesce(NEW.phone, ''), coalesce(NEW.notes, ''));
END;
CREATE TRIGGER companies_fts_update AFTER UPDATE ON companies BEGIN
    DELETE FROM company_fts WHERE rowid = OLD.id;
    INSERT INTO company_fts (rowid, name, domain, phone, notes)
        VALUES (NEW.id, NEW.name, coalesce(NEW.domain, ''), coalesce(NEW.phone, ''), coalesce(NEW.notes, ''));
END;
CREATE TRIGGER companies_fts_delete AFTER DELETE ON companies BEGIN
    DELETE FROM company_fts WHERE rowid = OLD.id;
END;

-- Index what was written before search existed.
INSERT INTO contact_fts (rowid, name, emails, phones, company, notes)
    SELECT id, name, emails, phones, company, notes FROM contact_search_doc;
INSERT INTO company_fts (rowid, name, domain, phone, notes)
    SELECT id, name, coalesce(domain, ''), coalesce(phone, ''), coalesce(notes, '') FROM companies;
)sql";

// Security core (issue #4): operator profiles, the hash-chained audit trail, vault settings, and the
// erasure ledger that a restore re-applies. The owner profile exists from the start; every vault has a
// random key for sealing the audit head, kept inside the encrypted vault.
constexpr const char* kMigration3 = R"sql(
CREATE TABLE profiles (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role            TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'privacy-officer', 'sales-rep', 'read-only')),
    pin_salt        BLOB,
    pin_hash        BLOB,
    pin_iterations  INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
INSERT INTO profiles (uid, name, role, created_at, updated_at)
VALUES (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
              substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' ||
              hex(randomblob(6))),
        'owner', 'owner', CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));

CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    profile_uid  TEXT NOT NULL,
    profile_name TEXT NOT NULL,
    action       TEXT NOT NULL,
    entity_type  TEXT NOT NULL DEFAULT '',
    entity_uid   TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE INDEX audit_by_entity ON audit_log (entity_uid, seq);
CREATE INDEX audit_by_at ON audit_log (at, seq);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO settings (key, value) VALUES ('audit.seal_key', lower(hex(randomblob(32))));

CREATE TABLE erasure_ledger (
    seq          INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    erased_at    INTEGER NOT NULL,
    entity_type  TEXT NOT NULL,
    entity_uid   TEXT NOT NULL,
    identifiers  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(identifiers)),
    profile_uid  TEXT NOT NULL
);
)sql";

constexpr std::array<const char*, 3> kMigrations = {kMigration1, kMigration2, kMigration3};

} // namespace

int Schema::latestVersion()
{
    return static_cast<int>(kMigrations.size());
}

Result<int> Schema::currentVersion(Database& db)
{
    auto v = db.queryInt("PRAGMA user_version");
    if (!v) {
        return v.error();
    }
    return static_cast<int>(*v);
}

Result<void> Schema::migrate(Database& db, int target)
{
    if (target < 0) {
        target = latestVersion();
    }
    auto current = currentVersion(db);
    if (!current) {
        return current.error();
    }
    for (int version = *current + 1; version <= target; ++version) {
        auto tx = Transaction::begin(db);
        if (!tx) {
            return tx.error();
        }
        if (auto r = db.exec(kMigrations[static_cast<std::size_t>(version - 1)]); !r) {
            Error e = r.error();
            e.message
                = tr("Upgrading the vault to schema version %1 failed; the vault was left unchanged.").arg(version);
            return e;
        }
        // PRAGMA takes no bound parameters; the version is our own integer, not input.
        const std::string pragma = "PRAGMA user_version = " + std::to_string(version);
        if (auto r = db.exec(pragma.c_str()); !r) {
            return r;
        }
        if (auto r = tx->commit(); !r) {
            return r;
        }
    }
    return {};
}

} // namespace confidant::storage
