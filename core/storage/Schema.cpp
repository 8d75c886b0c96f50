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

// The CRM itself (issue #5): pipelines with ordered stages, deals with their stage history and linked
// contacts, activities and tasks linked to contacts, companies and deals, tags beyond contacts, saved
// filters, and the import batches every imported record points back to (its `source` is
// "import:<batch uid>"). Money is integer minor units of an ISO-4217 currency; dates of day precision
// (expected close) are ISO "YYYY-MM-DD" text; instants are UTC milliseconds.
constexpr const char* kMigration4 = R"sql(
-- Birthday (ISO date) and website: the contact fields Google, Outlook and HubSpot exports carry.
ALTER TABLE contacts ADD COLUMN birthday TEXT;
ALTER TABLE contacts ADD COLUMN website TEXT;

CREATE TABLE pipelines (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE TABLE stages (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    pipeline_id  INTEGER NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
    name         TEXT NOT NULL COLLATE NOCASE,
    position     INTEGER NOT NULL,
    probability  INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
    kind         TEXT NOT NULL DEFAULT 'open' CHECK (kind IN ('open', 'won', 'lost')),
    UNIQUE (pipeline_id, name)
);
CREATE INDEX stages_by_pipeline ON stages (pipeline_id, position);

CREATE TABLE deals (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    value_minor     INTEGER NOT NULL DEFAULT 0,
    currency        TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    expected_close  TEXT,
    owner_uid       TEXT NOT NULL DEFAULT '',
    pipeline_id     INTEGER NOT NULL REFERENCES pipelines (id),
    stage_id        INTEGER NOT NULL REFERENCES stages (id),
    company_id      INTEGER REFERENCES companies (id) ON DELETE SET NULL,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
    close_reason    TEXT NOT NULL DEFAULT '',
    closed_at       INTEGER,
    description     TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX deals_by_stage ON deals (stage_id, updated_at, id);
CREATE INDEX deals_by_pipeline ON deals (pipeline_id, status);
CREATE INDEX deals_by_company ON deals (company_id);
CREATE INDEX deals_by_owner ON deals (owner_uid, status);
CREATE INDEX deals_by_closed ON deals (closed_at) WHERE closed_at IS NOT NULL;

CREATE TABLE deal_contacts (
    deal_id     INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    PRIMARY KEY (deal_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX deal_contacts_by_contact ON deal_contacts (contact_id, deal_id);

CREATE TABLE deal_stage_history (
    id             INTEGER PRIMARY KEY,
    deal_id        INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    from_stage_id  INTEGER REFERENCES stages (id) ON DELETE SET NULL,
    to_stage_id    INTEGER REFERENCES stages (id) ON DELETE SET NULL,
    at             INTEGER NOT NULL,
    profile_uid    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX deal_stage_history_by_deal ON deal_stage_history (deal_id, at, id);

CREATE TABLE company_tags (
    company_id  INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (company_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX company_tags_by_tag ON company_tags (tag_id, company_id);
CREATE TABLE deal_tags (
    deal_id  INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (deal_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX deal_tags_by_tag ON deal_tags (tag_id, deal_id);

-- Calls, meetings, emails (logged, not sent), notes and tasks. `at` is when it happened (or, for a task,
-- its due time, else its creation) and orders timelines; tasks have `due_at`, `remind_at`, `done_at`.
CREATE TABLE activities (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'email', 'note', 'task')),
    subject     TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    at          INTEGER NOT NULL,
    due_at      INTEGER,
    remind_at   INTEGER,
    done_at     INTEGER,
    owner_uid   TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX activities_open_tasks ON activities (owner_uid, due_at) WHERE kind = 'task' AND done_at IS NULL;
CREATE INDEX activities_reminders ON activities (remind_at) WHERE remind_at IS NOT NULL AND done_at IS NULL;
CREATE INDEX activities_by_updated ON activities (updated_at, id);
CREATE INDEX activities_by_owner ON activities (owner_uid, at, id);

-- One row per linked record, carrying the activity's `at` so a timeline page is one index range scan.
CREATE TABLE activity_links (
    entity_type  TEXT NOT NULL CHECK (entity_type IN ('contact', 'company', 'deal')),
    entity_id    INTEGER NOT NULL,
    at           INTEGER NOT NULL,
    activity_id  INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    PRIMARY KEY (entity_type, entity_id, at, activity_id)
) WITHOUT ROWID;
CREATE INDEX activity_links_by_activity ON activity_links (activity_id);
CREATE TRIGGER activity_links_follow_at AFTER UPDATE OF at ON activities BEGIN
    UPDATE activity_links SET at = NEW.at WHERE activity_id = NEW.id;
END;
CREATE TRIGGER contacts_drop_activity_links AFTER DELETE ON contacts BEGIN
    DELETE FROM activity_links WHERE entity_type = 'contact' AND entity_id = OLD.id;
END;
CREATE TRIGGER companies_drop_activity_links AFTER DELETE ON companies BEGIN
    DELETE FROM activity_links WHERE entity_type = 'company' AND entity_id = OLD.id;
END;
CREATE TRIGGER deals_drop_activity_links AFTER DELETE ON deals BEGIN
    DELETE FROM activity_links WHERE entity_type = 'deal' AND entity_id = OLD.id;
END;

CREATE TABLE saved_filters (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL COLLATE NOCASE,
    entity_type  TEXT NOT NULL CHECK (entity_type IN ('contact', 'company', 'deal')),
    definition   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(definition)),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    UNIQUE (entity_type, name)
);

CREATE TABLE import_batches (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    file_name      TEXT NOT NULL,
    format         TEXT NOT NULL CHECK (format IN ('csv', 'vcard')),
    imported_at    INTEGER NOT NULL,
    profile_uid    TEXT NOT NULL,
    profile_name   TEXT NOT NULL,
    created_count  INTEGER NOT NULL DEFAULT 0,
    merged_count   INTEGER NOT NULL DEFAULT 0,
    skipped_count  INTEGER NOT NULL DEFAULT 0
);

)sql";

// Consent, purposes and notices (issue #6): admin-managed purposes with their lawful basis, an append-only
// consent ledger per contact and purpose, versioned privacy notices (a published version is immutable,
// enforced here as well as in core), acknowledgements, the processor register and per-field settings for
// data minimisation. The restriction and marketing-objection marks on contacts are set by the
// subject-rights issue; the purpose gates read them from the start.
constexpr const char* kMigration5 = R"sql(
ALTER TABLE contacts ADD COLUMN restricted_at INTEGER;
ALTER TABLE contacts ADD COLUMN marketing_objection_at INTEGER;

CREATE TABLE purposes (
    id                   INTEGER PRIMARY KEY,
    uid                  TEXT NOT NULL UNIQUE,
    name                 TEXT NOT NULL UNIQUE COLLATE NOCASE,
    description          TEXT NOT NULL DEFAULT '',
    lawful_basis         TEXT NOT NULL CHECK (lawful_basis IN ('consent', 'contract', 'legal-obligation',
                                                               'vital-interests', 'public-task',
                                                               'legitimate-interests')),
    legitimate_interest  TEXT NOT NULL DEFAULT '',
    requires_consent     INTEGER NOT NULL DEFAULT 0 CHECK (requires_consent IN (0, 1)),
    direct_marketing     INTEGER NOT NULL DEFAULT 0 CHECK (direct_marketing IN (0, 1)),
    retention_days       INTEGER CHECK (retention_days IS NULL OR retention_days > 0),
    archived             INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
);
-- The registry fields (entity.name, e.g. "contact.email") a purpose uses; their categories follow.
CREATE TABLE purpose_fields (
    purpose_id  INTEGER NOT NULL REFERENCES purposes (id) ON DELETE CASCADE,
    field       TEXT NOT NULL,
    PRIMARY KEY (purpose_id, field)
) WITHOUT ROWID;

CREATE TABLE notices (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    language       TEXT NOT NULL,
    version        INTEGER NOT NULL CHECK (version > 0),
    title          TEXT NOT NULL,
    body           TEXT NOT NULL,
    format         TEXT NOT NULL DEFAULT 'markdown' CHECK (format IN ('markdown', 'html')),
    status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    material       INTEGER NOT NULL DEFAULT 1 CHECK (material IN (0, 1)),
    content_hash   TEXT,
    published_at   INTEGER,
    published_by   TEXT,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    UNIQUE (language, version)
);
CREATE TRIGGER notices_published_no_update BEFORE UPDATE ON notices WHEN OLD.status = 'published' BEGIN
    SELECT RAISE(ABORT, 'a published notice cannot be changed');
END;
CREATE TRIGGER notices_published_no_delete BEFORE DELETE ON notices WHEN OLD.status = 'published' BEGIN
    SELECT RAISE(ABORT, 'a published notice cannot be deleted');
END;
-- REPLACE (and UPDATE OR REPLACE of another row) removes a conflicting row without firing DELETE triggers:
-- refuse any write that would collide with a published row's id, uid or (language, version).
CREATE TRIGGER notices_published_no_replace BEFORE INSERT ON notices
WHEN EXISTS (SELECT 1 FROM notices WHERE status = 'published'
             AND (id = NEW.id OR uid = NEW.uid OR (language = NEW.language AND version = NEW.version))) BEGIN
    SELECT RAISE(ABORT, 'a published notice cannot be replaced');
END;
CREATE TRIGGER notices_published_no_displace BEFORE UPDATE ON notices
WHEN EXISTS (SELECT 1 FROM notices WHERE status = 'published' AND id <> OLD.id
             AND (id = NEW.id OR uid = NEW.uid OR (language = NEW.language AND version = NEW.version))) BEGIN
    SELECT RAISE(ABORT, 'a published notice cannot be replaced');
END;

CREATE TABLE notice_acks (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    contact_id   INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    notice_id    INTEGER NOT NULL REFERENCES notices (id),
    at           INTEGER NOT NULL,
    channel      TEXT NOT NULL CHECK (channel IN ('in-person', 'phone', 'email', 'web', 'paper', 'other')),
    recorded_by  TEXT NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX notice_acks_by_contact ON notice_acks (contact_id, at);

-- Append-only: no UPDATE ever; rows go only with their contact (erasure, ON DELETE CASCADE).
CREATE TABLE consent_events (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    contact_id   INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    purpose_id   INTEGER NOT NULL REFERENCES purposes (id),
    kind         TEXT NOT NULL CHECK (kind IN ('granted', 'withdrawn', 'refreshed')),
    at           INTEGER NOT NULL,
    method       TEXT NOT NULL CHECK (method IN ('web-form', 'paper', 'verbal', 'email', 'import', 'other')),
    evidence     TEXT NOT NULL DEFAULT '',
    notice_id    INTEGER REFERENCES notices (id),
    expires_at   INTEGER,
    recorded_by  TEXT NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX consent_by_contact ON consent_events (contact_id, purpose_id, at, id);
CREATE INDEX consent_by_purpose ON consent_events (purpose_id, contact_id);
CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events BEGIN
    SELECT RAISE(ABORT, 'consent events are append-only');
END;
-- REPLACE removes a clashing row without firing DELETE triggers: an insert may not clash with any event.
CREATE TRIGGER consent_events_no_replace BEFORE INSERT ON consent_events
WHEN EXISTS (SELECT 1 FROM consent_events WHERE id = NEW.id OR uid = NEW.uid) BEGIN
    SELECT RAISE(ABORT, 'consent events are append-only');
END;
CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events
WHEN EXISTS (SELECT 1 FROM contacts WHERE id = OLD.contact_id) BEGIN
    SELECT RAISE(ABORT, 'consent events are removed only with their contact');
END;

CREATE TABLE processors (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role            TEXT NOT NULL CHECK (role IN ('processor', 'sub-processor', 'joint-controller', 'recipient',
                                                  'third-party')),
    country         TEXT NOT NULL DEFAULT '',
    safeguard       TEXT NOT NULL DEFAULT 'none' CHECK (safeguard IN ('none', 'adequacy', 'sccs', 'bcrs', 'other')),
    safeguard_note  TEXT NOT NULL DEFAULT '',
    dpa_signed_on   TEXT,
    dpa_reference   TEXT NOT NULL DEFAULT '',
    contact         TEXT NOT NULL DEFAULT '',
    archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE TABLE processor_purposes (
    processor_id  INTEGER NOT NULL REFERENCES processors (id) ON DELETE CASCADE,
    purpose_id    INTEGER NOT NULL REFERENCES purposes (id) ON DELETE CASCADE,
    PRIMARY KEY (processor_id, purpose_id)
) WITHOUT ROWID;

-- Data minimisation: a row only for a field an admin changed (entity.name, e.g. "contact.birthday").
CREATE TABLE field_settings (
    field             TEXT PRIMARY KEY,
    enabled           INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    special_category  INTEGER NOT NULL DEFAULT 0 CHECK (special_category IN (0, 1)),
    updated_at        INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// Data-subject rights (issue #7): the request register with its deadlines and the artefacts it produced,
// legal holds that keep a record from erasure (it is anonymised instead), erasure receipts (counts, never
// values), the suppression list of salted hashes of erased emails and phones, and the per-field history
// of rectifications. Requests point at contacts by uid, not by foreign key: an erasure removes the person
// but the request stays as the proof that it was answered.
constexpr const char* kMigration6 = R"sql(
INSERT INTO settings (key, value) VALUES ('suppression.salt', lower(hex(randomblob(32))));

CREATE TABLE requests (
    id                    INTEGER PRIMARY KEY,
    uid                   TEXT NOT NULL UNIQUE,
    reference             TEXT NOT NULL UNIQUE,
    kind                  TEXT NOT NULL CHECK (kind IN ('access', 'rectification', 'erasure', 'restriction',
                                                        'objection', 'portability', 'do-not-sell')),
    jurisdiction          TEXT NOT NULL CHECK (jurisdiction IN ('gdpr', 'uk-gdpr', 'ccpa', 'pipeda', 'lgpd',
                                                                'other')),
    channel               TEXT NOT NULL CHECK (channel IN ('email', 'web', 'phone', 'letter', 'in-person',
                                                           'other')),
    requester             TEXT NOT NULL DEFAULT '',
    details               TEXT NOT NULL DEFAULT '',
    received_at           INTEGER NOT NULL,
    due_at                INTEGER NOT NULL,
    status                TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'verified', 'closed')),
    verified_at           INTEGER,
    verified_by           TEXT,
    verification_method   TEXT NOT NULL DEFAULT '',
    extended_at           INTEGER,
    extension_reason      TEXT NOT NULL DEFAULT '',
    requester_told_at     INTEGER,
    receipt_due_at        INTEGER,
    receipt_confirmed_at  INTEGER,
    closed_at             INTEGER,
    outcome               TEXT CHECK (outcome IS NULL OR outcome IN ('completed', 'refused', 'withdrawn')),
    closing_note          TEXT NOT NULL DEFAULT '',
    created_by            TEXT NOT NULL,
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL
);
CREATE INDEX requests_open_by_due ON requests (due_at) WHERE status <> 'closed';
CREATE INDEX requests_by_received ON requests (received_at, id);

CREATE TABLE request_contacts (
    request_id   INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    contact_uid  TEXT NOT NULL,
    PRIMARY KEY (request_id, contact_uid)
) WITHOUT ROWID;
CREATE INDEX request_contacts_by_contact ON request_contacts (contact_uid, request_id);

-- Every file a request produced (access package, erasure receipt, letter): its SHA-256, never its content.
CREATE TABLE request_artefacts (
    id           INTEGER PRIMARY KEY,
    request_id   INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    produced_at  INTEGER NOT NULL,
    produced_by  TEXT NOT NULL
);
CREATE INDEX request_artefacts_by_request ON request_artefacts (request_id, id);

-- A record kept from erasure for a documented reason (tax records, a dispute): erasing its person
-- anonymises it instead.
CREATE TABLE legal_holds (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    entity_type  TEXT NOT NULL CHECK (entity_type IN ('contact', 'company', 'deal', 'activity')),
    entity_uid   TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (length(reason) > 0),
    until        TEXT,
    created_by   TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    released_at  INTEGER
);
CREATE INDEX legal_holds_by_entity ON legal_holds (entity_type, entity_uid) WHERE released_at IS NULL;

-- What an erasure removed, in counts per table: no personal value.
CREATE TABLE erasure_receipts (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    ledger_uid   TEXT NOT NULL,
    request_uid  TEXT,
    erased_at    INTEGER NOT NULL,
    profile_uid  TEXT NOT NULL,
    counts       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts)),
    anonymised   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(anonymised)),
    vacuumed     INTEGER NOT NULL DEFAULT 0 CHECK (vacuumed IN (0, 1))
);

-- HMAC-SHA256 under settings 'suppression.salt' of a normalised email (lower case) or phone (digits only).
CREATE TABLE suppression (
    hash        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    ledger_uid  TEXT NOT NULL,
    added_at    INTEGER NOT NULL
) WITHOUT ROWID;

-- Why processing of a contact was restricted (Art. 18(1)(a)-(d)), as the officer wrote it; cleared when lifted.
ALTER TABLE contacts ADD COLUMN restriction_reason TEXT;

-- Rectification (Art. 16): one row per changed field; the old value stays only until retention removes it.
CREATE TABLE contact_field_history (
    id           INTEGER PRIMARY KEY,
    contact_id   INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    field        TEXT NOT NULL,
    old_value    TEXT,
    changed_at   INTEGER NOT NULL,
    changed_by   TEXT NOT NULL
);
CREATE INDEX contact_field_history_by_contact ON contact_field_history (contact_id, changed_at, id);
)sql";

// A legal hold keeps what it holds unchanged and restricted (Art. 17(3)(e), 18(1)(c)); the erasure of it is
// queued and runs when the hold is released or lapses. Deals and activities get the restriction mark that
// contacts have had since migration 5; the ledger names the holds released before a queued erasure ran, so
// that a restore of an older backup (where those holds are still active) releases them too.
constexpr const char* kMigration7 = R"sql(
ALTER TABLE deals ADD COLUMN restricted_at INTEGER;
ALTER TABLE activities ADD COLUMN restricted_at INTEGER;

-- One row per record an erasure kept under a hold: the erasure of `contact_uid` waits for it. Done rows stay
-- as the proof that the erasure ran (uids and times only, never a value).
CREATE TABLE erasure_queue (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    contact_uid   TEXT NOT NULL,
    entity_type   TEXT NOT NULL CHECK (entity_type IN ('contact', 'deal', 'activity')),
    entity_uid    TEXT NOT NULL,
    hold_uid      TEXT NOT NULL,
    ledger_uid    TEXT NOT NULL,
    request_uid   TEXT,
    queued_at     INTEGER NOT NULL,
    queued_by     TEXT NOT NULL,
    done_at       INTEGER,
    done_ledger   TEXT
);
CREATE UNIQUE INDEX erasure_queue_waiting ON erasure_queue (entity_type, entity_uid) WHERE done_at IS NULL;
CREATE INDEX erasure_queue_by_contact ON erasure_queue (contact_uid, id);

-- What an erasure kept unchanged under a hold, in counts per table, beside what it removed and blanked.
ALTER TABLE erasure_receipts ADD COLUMN kept TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(kept));
ALTER TABLE erasure_ledger ADD COLUMN released_holds TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(released_holds));
)sql";

// Issue 16: the wait after wrong PINs survives a restart (security::PinPolicy, ProfileService::authenticate): the
// wrong PINs given in a row since the last right one, and when the last of them was given.
constexpr const char* kMigration8 = R"sql(
ALTER TABLE profiles ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE profiles ADD COLUMN pin_failed_at INTEGER;
)sql";

constexpr std::array<const char*, 8> kMigrations
    = {kMigration1, kMigration2, kMigration3, kMigration4, kMigration5, kMigration6, kMigration7, kMigration8};

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
