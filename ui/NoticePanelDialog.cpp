#include "NoticePanelDialog.h"

#include "core/Session.h"

#include "ui/FieldErrorLabel.h"
#include "ui/RecordInfo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace confidant::ui {

namespace {

using privacy::AckChannel;
using privacy::Notice;

constexpr AckChannel kChannels[] = {
    AckChannel::InPerson, AckChannel::Phone, AckChannel::Email, AckChannel::Web, AckChannel::Paper, AckChannel::Other};
// Zoom steps of the notice text: readable across a desk, not so large that it needs scrolling sideways.
constexpr int kMinZoom = -4;
constexpr int kMaxZoom = 12;
constexpr qreal kTextScale = 1.5;

} // namespace

NoticePanelDialog::NoticePanelDialog(Session& session, std::optional<crm::ContactId> contact, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_mayEdit(session.gate().may(security::Permission::EditContacts))
    , m_mayManage(session.gate().may(security::Permission::ManagePurposes))
{
    setObjectName(QStringLiteral("noticePanel"));
    setWindowTitle(tr("Privacy notice"));

    m_languageLabel = new QLabel(tr("&Language:"), this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_languageLabel->setBuddy(m_language);
    m_zoomOut = new QToolButton(this);
    m_zoomOut->setObjectName(QStringLiteral("zoomOut"));
    m_zoomOut->setText(tr("A−"));
    m_zoomOut->setToolTip(tr("Smaller text"));
    m_zoomIn = new QToolButton(this);
    m_zoomIn->setObjectName(QStringLiteral("zoomIn"));
    m_zoomIn->setText(tr("A+"));
    m_zoomIn->setToolTip(tr("Larger text"));
    m_fullScreen = new QToolButton(this);
    m_fullScreen->setObjectName(QStringLiteral("fullScreen"));
    m_fullScreen->setText(tr("&Full screen"));
    m_fullScreen->setToolTip(tr("Fill the screen with the notice, to turn it towards the person"));
    m_fullScreen->setCheckable(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_languageLabel);
    top->addWidget(m_language);
    top->addStretch(1);
    top->addWidget(m_zoomOut);
    top->addWidget(m_zoomIn);
    top->addWidget(m_fullScreen);

    auto* noticePage = new QWidget(this);
    m_title = new QLabel(noticePage);
    m_title->setObjectName(QStringLiteral("noticeTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = new QLabel(noticePage);
    m_meta->setObjectName(QStringLiteral("noticeMeta"));
    m_meta->setTextFormat(Qt::PlainText);
    m_text = new QTextBrowser(noticePage);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);
    auto* noticeLayout = new QVBoxLayout(noticePage);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    noticeLayout->addWidget(m_title);
    noticeLayout->addWidget(m_meta);
    noticeLayout->addWidget(m_text, 1);

    auto* emptyPage = new QWidget(this);
    m_empty = new QLabel(emptyPage);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::RichText);
    m_manage = new QPushButton(tr("Open &privacy notices…"), emptyPage);
    m_manage->setObjectName(QStringLiteral("manageNotices"));
    m_manage->setVisible(m_mayManage);
    connect(m_manage, &QPushButton::clicked, this, [this] {
        emit manageNoticesRequested();
        accept();
    });
    auto* manageLine = new QHBoxLayout;
    manageLine->addStretch(1);
    manageLine->addWidget(m_manage);
    manageLine->addStretch(1);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addLayout(manageLine);
    emptyLayout->addStretch(2);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(noticePage);
    m_pages->addWidget(emptyPage);

    m_contactBox = new QGroupBox(this);
    m_contactBox->setObjectName(QStringLiteral("contactBox"));
    m_ackState = new QLabel(m_contactBox);
    m_ackState->setObjectName(QStringLiteral("ackState"));
    m_ackState->setWordWrap(true);
    m_ackState->setTextFormat(Qt::PlainText);
    m_channel = new QComboBox(m_contactBox);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (const AckChannel c : kChannels) {
        m_channel->addItem(Notice::channelLabel(c), static_cast<int>(c));
    }
    auto* channelLabel = new QLabel(tr("Shown &by:"), m_contactBox);
    channelLabel->setBuddy(m_channel);
    m_record = new QPushButton(tr("&Record acknowledgement"), m_contactBox);
    m_record->setObjectName(QStringLiteral("recordAck"));
    m_record->setToolTip(tr("Record that this person was shown the notice on screen, now"));
    connect(m_record, &QPushButton::clicked, this, &NoticePanelDialog::recordAcknowledgement);
    m_error = new FieldErrorLabel(m_contactBox);
    m_error->setObjectName(QStringLiteral("error"));
    auto* recordLine = new QHBoxLayout;
    recordLine->addWidget(channelLabel);
    recordLine->addWidget(m_channel);
    recordLine->addStretch(1);
    recordLine->addWidget(m_record);
    auto* contactLayout = new QVBoxLayout(m_contactBox);
    contactLayout->addWidget(m_ackState);
    contactLayout->addLayout(recordLine);
    contactLayout->addWidget(m_error);
    // Reading the notice needs no "edit contacts"; recording that it was shown does.
    channelLabel->setVisible(m_mayEdit);
    m_channel->setVisible(m_mayEdit);
    m_record->setVisible(m_mayEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_contactBox);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &NoticePanelDialog::showLanguage);
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { zoom(1); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { zoom(-1); });
    connect(m_fullScreen, &QToolButton::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * kTextScale);
    m_text->setFont(textFont);

    m_contact = contact;
    reload();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 72, em * 56);
}

void NoticePanelDialog::render(QTextBrowser& view, const privacy::Notice& notice)
{
    if (notice.format == privacy::NoticeFormat::Html) {
        view.setHtml(notice.body);
    } else {
        view.setMarkdown(notice.body);
    }
}

QString NoticePanelDialog::preferredLanguage(const QStringList& languages, const QLocale& locale)
{
    if (languages.isEmpty()) {
        return {};
    }
    // "de_AT" → "de-AT", then its language alone; then the user's other preferred UI languages.
    QStringList wanted;
    for (const QString& name : QStringList {locale.name()} + locale.uiLanguages()) {
        if (const auto code = Notice::normalizeLanguage(name)) {
            wanted << *code << code->section(QLatin1Char('-'), 0, 0);
        }
    }
    for (const QString& code : wanted) {
        for (const QString& l : languages) {
            if (l.compare(code, Qt::CaseInsensitive) == 0) {
                return l;
            }
        }
    }
    return languages.first();
}

void NoticePanelDialog::reload()
{
    const QString keep = language();
    QStringList published;
    auto languages = m_session.notices().languages();
    if (languages) {
        for (const QString& l : *languages) {
            auto current = m_session.notices().current(l);
            if (current && current->has_value()) {
                published << l;
            }
        }
    }
    {
        const QSignalBlocker block(m_language);
        m_language->clear();
        for (const QString& l : published) {
            const QLocale locale(l);
            // The language's own name: the person reading along recognises "Deutsch" more easily than "de".
            // A bare "en" is English, not the "American English" of the locale it stands for.
            QString name = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
            if (locale.language() == QLocale::English && !l.contains(QLatin1Char('-'))) {
                name = QStringLiteral("English");
            }
            m_language->addItem(name.isEmpty() ? l : tr("%1 (%2)").arg(name, l), l);
        }
        const QString pick = published.contains(keep) ? keep : preferredLanguage(published);
        m_language->setCurrentIndex(m_language->findData(pick));
    }
    m_languageLabel->setVisible(!published.isEmpty());
    m_language->setVisible(!published.isEmpty());
    if (!languages) {
        m_error->setMessage(languages.error().message);
    }
    showLanguage();
}

QString NoticePanelDialog::language() const
{
    return m_language->currentData().toString();
}

void NoticePanelDialog::setLanguage(const QString& language)
{
    const auto code = Notice::normalizeLanguage(language);
    const int index = code ? m_language->findData(*code) : -1;
    if (index >= 0) {
        m_language->setCurrentIndex(index);
    }
}

void NoticePanelDialog::setContact(std::optional<crm::ContactId> contact)
{
    m_contact = contact;
    m_error->setMessage(QString());
    updateContactState();
}

void NoticePanelDialog::showLanguage()
{
    m_notice.reset();
    const QString l = language();
    if (!l.isEmpty()) {
        auto current = m_session.notices().current(l);
        if (current && current->has_value()) {
            m_notice = **current;
        } else if (!current) {
            m_error->setMessage(current.error().message);
        }
    }
    const bool shown = m_notice.has_value();
    m_zoomIn->setEnabled(shown);
    m_zoomOut->setEnabled(shown);
    m_fullScreen->setEnabled(shown);
    if (shown) {
        m_title->setText(m_notice->title);
        m_meta->setText(tr("Version %1 · published %2")
                            .arg(m_notice->version)
                            .arg(RecordInfo::formatTime(m_notice->publishedAtMs.value_or(0))));
        render(*m_text, *m_notice);
        m_pages->setCurrentIndex(0);
    } else {
        m_text->clear();
        QString text = tr("<p><b>No privacy notice is published yet.</b></p>"
                          "<p>Only a published notice can be shown and acknowledged, so that it is clear later "
                          "which text a person saw.</p>");
        text += m_mayManage ? tr("<p>Write one under Privacy ▸ Privacy notices…, then publish it.</p>")
                            : tr("<p>Ask an owner, administrator or privacy officer to publish one.</p>");
        m_empty->setText(text);
        m_pages->setCurrentIndex(1);
    }
    updateContactState();
}

void NoticePanelDialog::updateContactState()
{
    m_contactBox->setVisible(m_contact.has_value());
    if (!m_contact) {
        return;
    }
    auto person = m_session.contacts().get(*m_contact);
    m_contactBox->setTitle(person ? tr("Acknowledgement by %1").arg(person->displayName()) : tr("Acknowledgement"));
    m_record->setEnabled(m_notice.has_value() && person.ok());
    if (!person) {
        m_ackState->setText(person.error().message);
        return;
    }
    if (!m_notice) {
        m_ackState->setText(tr("Nothing can be acknowledged until a notice is published."));
        return;
    }
    auto acks = m_session.notices().acknowledgements(*m_contact);
    if (!acks) {
        m_ackState->setText(acks.error().message);
        return;
    }
    // Newest first: the first one in this language is what the person saw last.
    const auto latest = std::find_if(
        acks->cbegin(), acks->cend(), [this](const privacy::NoticeAck& a) { return a.language == m_notice->language; });
    if (latest == acks->cend()) {
        m_ackState->setText(tr("Not yet shown a privacy notice in this language."));
        return;
    }
    const QString when = RecordInfo::formatTime(latest->atMs);
    const QString channel = Notice::channelLabel(latest->channel).toLower();
    if (latest->version >= m_notice->version) {
        m_ackState->setText(
            tr("Acknowledged version %1 on %2 (%3): up to date.").arg(latest->version).arg(when, channel));
        return;
    }
    bool stale = false;
    if (auto rows = m_session.notices().staleAcknowledgements(m_notice->language)) {
        stale = std::any_of(rows->cbegin(), rows->cend(), [this](const privacy::StaleAcknowledgement& s) {
            return s.contactId == *m_contact;
        });
    }
    if (stale) {
        m_ackState->setText(tr("Acknowledged version %1 on %2, current is version %3 — out of date. Show the "
                               "current notice and record it.")
                                .arg(latest->version)
                                .arg(when)
                                .arg(m_notice->version));
    } else {
        m_ackState->setText(tr("Acknowledged version %1 on %2; version %3 changed nothing material, so that "
                               "still counts.")
                                .arg(latest->version)
                                .arg(when)
                                .arg(m_notice->version));
    }
}

void NoticePanelDialog::recordAcknowledgement()
{
    if (!m_contact || !m_notice) {
        return;
    }
    const auto channel = static_cast<AckChannel>(m_channel->currentData().toInt());
    auto recorded = m_session.notices().acknowledge(*m_contact, m_notice->id, channel);
    if (!recorded) {
        m_error->setMessage(recorded.error().message);
        return;
    }
    m_error->setMessage(QString());
    updateContactState();
    emit acknowledged(*recorded);
}

void NoticePanelDialog::zoom(int steps)
{
    const int next = std::clamp(m_zoom + steps, kMinZoom, kMaxZoom);
    if (next == m_zoom) {
        return;
    }
    m_text->zoomIn(next - m_zoom);
    m_zoom = next;
    m_zoomOut->setEnabled(m_zoom > kMinZoom);
    m_zoomIn->setEnabled(m_zoom < kMaxZoom);
}

} // namespace confidant::ui
