#pragma once

#include "core/crm/Contact.h"
#include "core/privacy/Notice.h"

#include <QDialog>
#include <QLocale>
#include <QStringList>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace confidant {
class Session;
}

namespace confidant::ui {

class FieldErrorLabel;

//! "Show privacy notice": the current (latest published) notice of a language in large type, to read out or
//! to turn the screen towards the customer at the point of collection (Art. 13). Opened for a contact, it
//! also shows what that person acknowledged (none, this version, or an older one that a material change
//! has made out of date) and records the acknowledgement with the channel it was shown through. Without a
//! published notice it says so and how to publish one.
class NoticePanelDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NoticePanelDialog(Session& session,
                               std::optional<crm::ContactId> contact = std::nullopt,
                               QWidget* parent = nullptr);

    //! The person the notice is shown to; none hides the acknowledgement part.
    void setContact(std::optional<crm::ContactId> contact);
    std::optional<crm::ContactId> contact() const
    {
        return m_contact;
    }
    //! Shows the current notice of `language`, when one is published.
    void setLanguage(const QString& language);
    //! The language shown; empty when nothing is published.
    QString language() const;
    //! The notice on screen; nullopt in the empty state.
    std::optional<privacy::Notice> shownNotice() const
    {
        return m_notice;
    }
    //! Reads the published notices and the contact's acknowledgements again.
    void reload();

    //! Puts a notice's text into `view`: Markdown rendered (GitHub dialect), rich text as HTML.
    static void render(QTextBrowser& view, const privacy::Notice& notice);
    //! The language of `locale` among `languages` ("de-AT", then "de"); else the first; empty when none.
    static QString preferredLanguage(const QStringList& languages, const QLocale& locale = QLocale());

signals:
    //! An acknowledgement was recorded here.
    void acknowledged(const privacy::NoticeAck& ack);
    //! "Open privacy notices…" in the empty state (for profiles that may manage notices).
    void manageNoticesRequested();

private:
    void showLanguage();
    void updateContactState();
    void recordAcknowledgement();
    void zoom(int steps);

    Session& m_session;
    std::optional<crm::ContactId> m_contact;
    std::optional<privacy::Notice> m_notice;
    bool m_mayEdit = false;
    bool m_mayManage = false;
    int m_zoom = 0;
    QComboBox* m_language = nullptr;
    QLabel* m_languageLabel = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_fullScreen = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_meta = nullptr;
    QTextBrowser* m_text = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_manage = nullptr;
    QGroupBox* m_contactBox = nullptr;
    QLabel* m_ackState = nullptr;
    QComboBox* m_channel = nullptr;
    QPushButton* m_record = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace confidant::ui
