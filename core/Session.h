#pragma once

#include "core/Clock.h"
#include "core/crm/ActivityService.h"
#include "core/crm/CompanyService.h"
#include "core/crm/ContactService.h"
#include "core/crm/DashboardService.h"
#include "core/crm/DealService.h"
#include "core/crm/ExportService.h"
#include "core/crm/FieldRegistry.h"
#include "core/crm/ImportService.h"
#include "core/crm/PipelineService.h"
#include "core/crm/SavedFilterService.h"
#include "core/crm/SearchService.h"
#include "core/privacy/AccessPackage.h"
#include "core/privacy/ConsentService.h"
#include "core/privacy/ControllerService.h"
#include "core/privacy/ErasureService.h"
#include "core/privacy/FieldSettingsService.h"
#include "core/privacy/LegalHoldService.h"
#include "core/privacy/NoticeService.h"
#include "core/privacy/ProcessorService.h"
#include "core/privacy/PurposeGate.h"
#include "core/privacy/PurposeService.h"
#include "core/privacy/RequestService.h"
#include "core/privacy/SubjectRightsService.h"
#include "core/privacy/Suppression.h"
#include "core/security/AuditLog.h"
#include "core/security/AuditService.h"
#include "core/security/AuditTrail.h"
#include "core/security/MutationGate.h"
#include "core/security/ProfileService.h"
#include "core/security/ReadAudit.h"
#include "core/security/SettingsService.h"
#include "core/security/VaultAdmin.h"
#include "core/storage/Vault.h"

#include <memory>

namespace confidant {

//! An unlocked vault with its services wired together: what the GUI and the CLI work with.
class Session
{
public:
    //! Starts as the vault's owner profile (signed in only when it has no PIN); `actAs` switches profile.
    Session(std::unique_ptr<storage::Vault> vault, const Clock& clock)
        : m_vault(std::move(vault))
        , m_clock(clock)
        , m_audit(m_vault->directory(), sealKeyOf(m_vault->db()), clock)
        , m_gate(m_vault->db())
        , m_reads(m_gate)
        , m_profiles(m_gate, clock)
        , m_auditService(m_gate)
        , m_settings(m_gate)
        , m_admin(*m_vault, m_gate, m_settings, clock)
        , m_contacts(m_gate, clock)
        , m_companies(m_gate, clock)
        , m_activities(m_gate, clock)
        , m_search(m_gate)
        , m_savedFilters(m_gate, clock)
        , m_exports(m_gate, m_fields, m_contacts, m_savedFilters)
        , m_imports(m_gate, clock)
        , m_pipelines(m_gate, clock)
        , m_deals(m_gate, clock, m_pipelines)
        , m_dashboard(m_gate, clock)
        , m_purposes(m_gate, clock, m_fields)
        , m_consents(m_gate, clock, m_purposes)
        , m_purposeGate(m_gate, clock)
        , m_notices(m_gate, clock)
        , m_processors(m_gate, clock)
        , m_controller(m_gate)
        , m_fieldSettings(m_gate, clock, m_fields, &m_purposes)
        , m_subjectRights(m_gate, clock, m_consents)
        , m_access(m_gate, clock, m_fields)
        , m_requests(m_gate, clock)
        , m_holds(m_gate, clock)
        , m_erasure(m_gate, clock, m_fields)
        , m_suppression(m_gate)
    {
        m_gate.setAuditTrail(&m_audit);
        m_gate.setReadAudit(&m_reads);
        // Art. 18 and 16 in core: restricted contacts stay read-only and every field change is kept. Should
        // that fail, the session refuses every write rather than write unguarded.
        if (auto installed = privacy::SubjectRightsService::installEnforcement(m_gate, clock); !installed) {
            m_gate.addCheck([error = installed.error()](storage::Database&, const security::Mutation&) -> Result<void> {
                return error;
            });
        }
        m_exports.setPurposeGate(&m_purposeGate);
        // Data minimisation: exports and imports leave out the fields an admin switched off.
        m_exports.setDisabledFieldsSource([this] { return m_fieldSettings.disabledKeys(); });
        m_imports.setDisabledFieldsSource([this] { return m_fieldSettings.disabledKeys(); });
        // Issue #7: an import row naming an erased person is reported, never imported.
        m_imports.addSuppressionCheck([](storage::Database& db, const crm::Contact& contact) -> Result<bool> {
            auto match = privacy::Suppression::match(db, contact);
            if (!match) {
                return match.error();
            }
            return match->has_value();
        });
        // An erasure answering a request records its receipt's hash with the request.
        m_erasure.setRequestRecorder(
            [this](storage::Database&, const QString& requestUid, const privacy::ErasureReceipt& receipt) {
                return m_requests.addArtefact(requestUid,
                                              QStringLiteral("erasure-receipt"),
                                              QStringLiteral("erasure-receipt-%1.json").arg(receipt.uid),
                                              receipt.sha256().toLatin1());
            });
        // Every erasure reaches the ledger file beside the backups, which a restore of an older backup reads.
        m_erasure.setLedgerExporter([this]() { return m_admin.exportErasureLedger(); });
        m_erasure.setLedgerInvalidator([this]() { return m_admin.invalidateErasureLedger(); });
        // Art. 17(3)(e): a legal hold only postpones an erasure. Releasing it runs what it kept back.
        m_holds.setReleasedHandler([this]() -> Result<void> {
            if (auto ran = m_erasure.runDueQueue(); !ran) {
                return ran.error();
            }
            return {};
        });
        if (auto owner = m_profiles.defaultProfile()) {
            // An owner with a PIN is not signed in until `actAs` has checked it: until then nothing is allowed.
            security::Actor actor = owner->actor();
            actor.signedIn = !owner->hasPin;
            m_gate.setActor(actor);
        } else {
            // No owner row: a damaged vault. Act as nobody with no rights rather than as an owner.
            m_gate.setActor({QString(), QString(), security::Role::ReadOnly, false});
        }
        // A hold that lapsed while the vault was closed frees what it kept. A failure leaves the queue as it
        // is: it runs again at the next sign-in, release or erasure.
        (void)m_erasure.runDueQueue();
    }

    //! Records what was read and not recorded yet (ReadAudit): a CLI command's reads, the GUI's at lock and close.
    ~Session()
    {
        (void)m_reads.flush();
    }

    //! Acts as the named profile from now on, after checking its PIN (ignored when it has none).
    Result<security::Profile> actAs(const QString& profileName, const storage::SecretBuffer& pin)
    {
        auto profile = m_profiles.authenticate(profileName, pin);
        if (profile) {
            m_gate.setActor(profile->actor());
            (void)m_erasure.runDueQueue(); // see the constructor
        }
        return profile;
    }
    const security::Actor& actor() const
    {
        return m_gate.actor();
    }
    security::ProfileService& profiles()
    {
        return m_profiles;
    }
    security::AuditTrail& audit()
    {
        return m_audit;
    }
    //! Reads of personal data not yet in the audit trail: `flush()` records them (the CLI does so before it
    //! prints what it read).
    security::ReadAudit& reads()
    {
        return m_reads;
    }
    security::SettingsService& settings()
    {
        return m_settings;
    }
    //! Backups, key rotation and `check`, as the acting profile.
    security::VaultAdmin& admin()
    {
        return m_admin;
    }
    //! Listing, verifying and exporting the audit trail, as the acting profile.
    security::AuditService& auditLog()
    {
        return m_auditService;
    }

    storage::Vault& vault()
    {
        return *m_vault;
    }
    const Clock& clock() const
    {
        return m_clock;
    }
    security::MutationGate& gate()
    {
        return m_gate;
    }
    crm::ContactService& contacts()
    {
        return m_contacts;
    }
    crm::CompanyService& companies()
    {
        return m_companies;
    }
    //! Activities, tasks, timelines and "My day".
    crm::ActivityService& activities()
    {
        return m_activities;
    }
    crm::SearchService& search()
    {
        return m_search;
    }
    crm::ExportService& exports()
    {
        return m_exports;
    }
    //! CSV and vCard imports: preview, then one transaction; the import batches records point back to.
    crm::ImportService& imports()
    {
        return m_imports;
    }
    //! Named filters for contacts, companies and deals, as the acting profile.
    crm::SavedFilterService& savedFilters()
    {
        return m_savedFilters;
    }
    //! Pipelines and stages; the first read seeds the default pipeline.
    crm::PipelineService& pipelines()
    {
        return m_pipelines;
    }
    crm::DealService& deals()
    {
        return m_deals;
    }
    //! Read-only figures for the dashboard, as the acting profile.
    crm::DashboardService& dashboard()
    {
        return m_dashboard;
    }
    const crm::FieldRegistry& fields() const
    {
        return m_fields;
    }
    //! Purposes and their lawful bases; the first read seeds a starter set.
    privacy::PurposeService& purposes()
    {
        return m_purposes;
    }
    //! The consent ledger: grant, withdraw, refresh, history, state, refreshes due.
    privacy::ConsentService& consents()
    {
        return m_consents;
    }
    //! Keeps only the contacts with a valid basis for a purpose, and says why the others were left out.
    privacy::PurposeGate& purposeGate()
    {
        return m_purposeGate;
    }
    //! Versioned privacy notices and acknowledgements.
    privacy::NoticeService& notices()
    {
        return m_notices;
    }
    //! The register of processors and third parties.
    privacy::ProcessorService& processors()
    {
        return m_processors;
    }
    //! Controller, DPO and supervisory authority details.
    privacy::ControllerService& controller()
    {
        return m_controller;
    }
    //! Data minimisation: which registry fields are on, which are special categories.
    privacy::FieldSettingsService& fieldSettings()
    {
        return m_fieldSettings;
    }
    //! Restriction (Art. 18), objection to direct marketing (Art. 21), rectification history (Art. 16, 19).
    privacy::SubjectRightsService& subjectRights()
    {
        return m_subjectRights;
    }
    //! The register of data-subject requests and their deadlines.
    privacy::RequestService& requests()
    {
        return m_requests;
    }

    //! The subject access and portability package: preview, build, write (JSON, CSV, PDF).
    privacy::AccessPackage& access()
    {
        return m_access;
    }

    //! Legal holds that keep a record from erasure (unchanged and restricted until the hold ends).
    privacy::LegalHoldService& legalHolds()
    {
        return m_holds;
    }
    //! Erasure, the only way a person leaves the vault: preview, erase, the plain delete, the queue of what
    //! legal holds keep back, receipts.
    privacy::ErasureService& erasure()
    {
        return m_erasure;
    }
    //! The suppression list of erased emails and phones.
    privacy::Suppression& suppression()
    {
        return m_suppression;
    }

private:
    static QByteArray sealKeyOf(storage::Database& db)
    {
        auto key = security::AuditLog::sealKey(db);
        return key ? *key : QByteArray();
    }

    std::unique_ptr<storage::Vault> m_vault;
    const Clock& m_clock;
    crm::FieldRegistry m_fields;
    security::AuditTrail m_audit;
    security::MutationGate m_gate;
    security::ReadAudit m_reads;
    security::ProfileService m_profiles;
    security::AuditService m_auditService;
    security::SettingsService m_settings;
    security::VaultAdmin m_admin;
    crm::ContactService m_contacts;
    crm::CompanyService m_companies;
    crm::ActivityService m_activities;
    crm::SearchService m_search;
    crm::SavedFilterService m_savedFilters;
    crm::ExportService m_exports;
    crm::ImportService m_imports;
    crm::PipelineService m_pipelines;
    crm::DealService m_deals;
    crm::DashboardService m_dashboard;
    privacy::PurposeService m_purposes;
    privacy::ConsentService m_consents;
    privacy::PurposeGate m_purposeGate;
    privacy::NoticeService m_notices;
    privacy::ProcessorService m_processors;
    privacy::ControllerService m_controller;
    privacy::FieldSettingsService m_fieldSettings;
    privacy::SubjectRightsService m_subjectRights;
    privacy::AccessPackage m_access;
    privacy::RequestService m_requests;
    privacy::LegalHoldService m_holds;
    privacy::ErasureService m_erasure;
    privacy::Suppression m_suppression;
};

} // namespace confidant
