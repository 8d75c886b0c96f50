#pragma once

#include "core/privacy/Notice.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace confidant {
class Session;
}

namespace confidant::ui {

class FieldErrorLabel;

//! "Privacy notices": the versions of the privacy notice per language (Art. 12-14), to write as drafts,
//! preview, publish and, while still drafts, change or delete. A published version is frozen and hashed by
//! NoticeService, so the dialog offers "New version" instead of editing it. A second tab lists the people
//! whose acknowledged version is out of date after a material change. Needs "manage purposes" to write;
//! the core checks every step.
class NoticesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        LanguageColumn,
        VersionColumn,
        TitleColumn,
        StatusColumn,
        MaterialColumn,
        HashColumn,
        ColumnCount
    };
    enum StaleColumn
    {
        StaleNameColumn,
        StaleAcknowledgedColumn,
        StaleAcknowledgedOnColumn,
        StaleCurrentColumn,
        StaleColumnCount
    };
    //! Names of the out-of-date list are read in pages of this many rows.
    static constexpr int kStalePage = 200;

    explicit NoticesDialog(Session& session, QWidget* parent = nullptr);

    //! Reads the versions (keeping the selection) and the out-of-date list again.
    void reload();
    //! Selects that version, if listed.
    void selectNotice(privacy::NoticeId id);
    //! The selected version; nullopt when none is.
    std::optional<privacy::Notice> selectedNotice() const;
    //! True while the draft editor is shown instead of the list.
    bool isEditing() const;

signals:
    //! A version was created, changed, published or deleted here.
    void noticesChanged();

private:
    void loadVersions(std::optional<privacy::NoticeId> select);
    void showSelected();
    void updateButtons();
    void newVersion();
    void editSelected();
    void openEditor(const privacy::NoticeDraft& draft, std::optional<privacy::NoticeId> editing);
    void updateEditorHeading();
    void updateEditorPreview();
    void saveDraft();
    void closeEditor();
    void publishSelected();
    void deleteSelected();
    void loadStaleLanguages();
    void loadStale();
    void showMoreStale();
    void showStatus(const QString& text);
    void showError(const QString& message);
    int nextVersion(const QString& language) const;

    Session& m_session;
    bool m_mayManage = false;
    QList<privacy::Notice> m_notices;
    std::optional<privacy::NoticeId> m_editing;

    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_previewTitle = nullptr;
    QTextBrowser* m_preview = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_status = nullptr;
    FieldErrorLabel* m_error = nullptr;

    QLabel* m_editorHeading = nullptr;
    QComboBox* m_editorLanguage = nullptr;
    QLineEdit* m_editorTitle = nullptr;
    QComboBox* m_editorFormat = nullptr;
    QPlainTextEdit* m_editorBody = nullptr;
    QTextBrowser* m_editorPreview = nullptr;
    QCheckBox* m_editorMaterial = nullptr;
    FieldErrorLabel* m_editorError = nullptr;
    QPushButton* m_save = nullptr;

    QComboBox* m_staleLanguage = nullptr;
    QLabel* m_staleSummary = nullptr;
    QTableWidget* m_staleTable = nullptr;
    QPushButton* m_staleMore = nullptr;
    QList<privacy::StaleAcknowledgement> m_stale;
};

} // namespace confidant::ui
