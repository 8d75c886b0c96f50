#pragma once

#include "core/Result.h"
#include "core/privacy/PrivacyConfiguration.h"
#include "core/report/ReportFile.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace confidant {
class Session;
}

namespace confidant::ui {

class FieldErrorLabel;

//! "Privacy policy and records": the privacy-policy draft (Art. 13/14) and the records of processing
//! activities (Art. 30) that the core generates from the vault's own configuration, what that configuration
//! still lacks ("No DPO contact set"), and saving either as a file (Markdown or PDF; the records also as
//! CSV), written owner-only through report::ReportFile like the CLI's `policy generate` and `ropa generate`.
//! Both texts are regenerated on Refresh and when the window comes back to the front after the
//! configuration changed.
class PolicyDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Document
    {
        Policy,
        Records,
    };

    explicit PolicyDialog(Session& session, QWidget* parent = nullptr);

    //! Reads the configuration again and regenerates both texts (keeping the scroll position when a text
    //! did not change).
    void refresh();
    //! The notice language the policy is for (its current notice version is named in the policy).
    void setLanguage(const QString& language);
    QString language() const;
    //! The generated Markdown of `document`; empty when the configuration could not be read.
    QString markdown(Document document) const;
    //! What the configuration lacks, as listed at the top of the policy.
    QStringList missing() const
    {
        return m_missing;
    }
    //! Writes `document` to `path` in `format` (0600, atomically), as "Save as…" does after its file dialog.
    //! Invalid for a format the document does not come in (a policy as CSV).
    Result<void> save(Document document, report::ReportFormat format, const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void saveAs(Document document);
    void showMissing();

    Session& m_session;
    std::optional<privacy::PrivacyConfiguration> m_config;
    QString m_policyMarkdown;
    QString m_recordsMarkdown;
    QStringList m_missing;

    QComboBox* m_language = nullptr;
    QGroupBox* m_missingBox = nullptr;
    QListWidget* m_missingList = nullptr;
    QLabel* m_missingNone = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_policyText = nullptr;
    QTextBrowser* m_recordsText = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_status = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace confidant::ui
