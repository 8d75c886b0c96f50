#include "SubjectRightsBox.h"

#include "core/Session.h"

#include "ui/FieldErrorLabel.h"
#include "ui/RecordInfo.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace confidant::ui {

namespace {

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A small dialog: an explanation, optional extra widgets, an error line and two buttons. The caller fills
// it and connects `ok`; it is deleted when closed.
struct Ask
{
    QDialog* dialog = nullptr;
    QVBoxLayout* body = nullptr;
    FieldErrorLabel* error = nullptr;
    QPushButton* ok = nullptr;
};

Ask ask(QWidget* parent,
        const QString& objectName,
        const QString& title,
        const QString& explanation,
        const QString& action,
        const QString& actionName)
{
    Ask a;
    a.dialog = new QDialog(parent);
    a.dialog->setObjectName(objectName);
    a.dialog->setWindowTitle(title);
    a.dialog->setAttribute(Qt::WA_DeleteOnClose);
    a.body = new QVBoxLayout(a.dialog);
    a.body->addWidget(wrapped(explanation, a.dialog));
    a.error = new FieldErrorLabel(a.dialog);
    a.error->setObjectName(objectName + QStringLiteral("Error"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, a.dialog);
    a.ok = buttons->button(QDialogButtonBox::Ok);
    a.ok->setText(action);
    a.ok->setObjectName(actionName);
    QObject::connect(buttons, &QDialogButtonBox::rejected, a.dialog, &QDialog::reject);
    a.body->addWidget(a.error);
    a.body->addWidget(buttons);
    const int em = a.dialog->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    a.dialog->setMinimumWidth(em * 34);
    return a;
}

} // namespace

SubjectRightsBox::SubjectRightsBox(Session& session, crm::ContactId contact, QWidget* parent)
    : QGroupBox(tr("Rights"), parent)
    , m_session(session)
    , m_contact(contact)
    , m_mayRestrict(session.gate().may(security::Permission::HandleRequests))
    , m_mayObject(session.gate().may(security::Permission::EditContacts))
{
    setObjectName(QStringLiteral("rightsBox"));
    if (auto c = session.contacts().get(contact)) {
        m_uid = c->uid;
        m_name = c->displayName();
    }
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("rightsState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);

    m_restrict = new QPushButton(tr("&Restrict processing…"), this);
    m_restrict->setObjectName(QStringLiteral("restrictButton"));
    m_restrict->setToolTip(tr("Art. 18: keep the contact stored but stop every use and change of it, e.g. while "
                              "its accuracy is contested"));
    connect(m_restrict, &QPushButton::clicked, this, &SubjectRightsBox::openRestrict);
    m_unrestrict = new QPushButton(tr("&Lift restriction"), this);
    m_unrestrict->setObjectName(QStringLiteral("unrestrictButton"));
    m_unrestrict->setToolTip(tr("Processing may go on again; tell the person before lifting it (Art. 18(3))"));
    connect(m_unrestrict, &QPushButton::clicked, this, &SubjectRightsBox::unrestrict);
    m_object = new QPushButton(this);
    m_object->setObjectName(QStringLiteral("objectButton"));
    connect(m_object, &QPushButton::clicked, this, &SubjectRightsBox::openObject);

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("rightsError"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restrict);
    buttons->addWidget(m_unrestrict);
    buttons->addWidget(m_object);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    reload();
}

void SubjectRightsBox::reload()
{
    m_error->setMessage({});
    auto status = m_session.subjectRights().status(m_uid);
    if (!status) {
        m_error->setMessage(status.error().message);
        m_restrict->hide();
        m_unrestrict->hide();
        m_object->hide();
        return;
    }
    display(*status);
}

void SubjectRightsBox::display(const privacy::SubjectStatus& status)
{
    m_status = status;
    QStringList lines;
    if (status.isRestricted()) {
        QString line
            = tr("Processing restricted since %1 (Art. 18).").arg(RecordInfo::formatDate(*status.restrictedAtMs));
        if (!status.restrictionReason.isEmpty()) {
            line += QLatin1Char(' ') + tr("Reason: %1").arg(status.restrictionReason);
        }
        lines.append(line);
    } else {
        lines.append(tr("Processing is not restricted."));
    }
    if (status.hasObjected()) {
        lines.append(
            tr("Objected to direct marketing on %1 (Art. 21(2)).").arg(RecordInfo::formatDate(*status.objectedAtMs)));
    } else {
        lines.append(tr("No objection to direct marketing recorded."));
    }
    m_state->setText(lines.join(QLatin1Char('\n')));

    m_restrict->setVisible(m_mayRestrict && !status.isRestricted());
    m_unrestrict->setVisible(m_mayRestrict && status.isRestricted());
    m_object->setVisible(m_mayObject);
    if (status.hasObjected()) {
        m_object->setText(tr("Objected on %1").arg(RecordInfo::formatDate(*status.objectedAtMs)));
        m_object->setToolTip(tr("An objection to direct marketing cannot be lifted: the contact stays left out of "
                                "direct marketing, even after a new consent."));
        m_object->setEnabled(false);
    } else {
        m_object->setText(tr("Record &objection to direct marketing…"));
        m_object->setToolTip(tr("Art. 21(2): the person objects to direct marketing; always to be honoured"));
        m_object->setEnabled(true);
    }
}

void SubjectRightsBox::openRestrict()
{
    Ask a = ask(this,
                QStringLiteral("restrictDialog"),
                tr("Restrict processing — %1").arg(m_name),
                tr("Restricting processing (Art. 18) freezes this contact: it stays stored, but nobody can change "
                   "it, add to it or use it for any purpose until the restriction is lifted. It can still be "
                   "erased, and an objection or a consent withdrawal can still be recorded."),
                tr("&Restrict"),
                QStringLiteral("restrictConfirmButton"));
    auto* reason = new QLineEdit(a.dialog);
    reason->setObjectName(QStringLiteral("restrictReason"));
    reason->setPlaceholderText(tr("e.g. accuracy contested, request R-2026-0003"));
    reason->setToolTip(tr("Shown on the contact; never written to the audit log."));
    auto* reasonLabel = new QLabel(tr("Reason (optional):"), a.dialog);
    reasonLabel->setBuddy(reason);
    a.body->insertWidget(1, reasonLabel);
    a.body->insertWidget(2, reason);
    QDialog* dialog = a.dialog;
    FieldErrorLabel* error = a.error;
    connect(a.ok, &QPushButton::clicked, dialog, [this, dialog, reason, error] {
        auto status = m_session.subjectRights().restrict(m_uid, reason->text());
        if (!status) {
            error->setMessage(status.error().message);
            return;
        }
        dialog->accept();
        display(*status);
        emit changed(*status);
    });
    reason->setFocus(Qt::OtherFocusReason);
    dialog->open();
}

void SubjectRightsBox::unrestrict()
{
    auto status = m_session.subjectRights().unrestrict(m_uid);
    if (!status) {
        m_error->setMessage(status.error().message);
        return;
    }
    m_error->setMessage({});
    display(*status);
    emit changed(*status);
}

void SubjectRightsBox::openObject()
{
    // Name the consents this withdraws, so the user knows what the click does.
    QStringList marketing;
    if (auto states = m_session.consents().states(m_contact)) {
        for (const privacy::ConsentState& state : *states) {
            if (state.purpose.directMarketing
                && (state.status == privacy::ConsentStatus::Given || state.status == privacy::ConsentStatus::Expired)) {
                marketing.append(state.purpose.name);
            }
        }
    }
    const QString withdraws = marketing.isEmpty()
        ? tr("No consent for direct marketing is given at the moment, so none is withdrawn.")
        : tr("Consent is withdrawn for: %1.").arg(marketing.join(QStringLiteral(", ")));
    Ask a = ask(this,
                QStringLiteral("objectDialog"),
                tr("Objection to direct marketing — %1").arg(m_name),
                tr("Record that %1 objects to direct marketing (Art. 21(2))?\n\nThis marks the objection and "
                   "withdraws consent for every direct-marketing purpose. %2 From now on the contact is left out "
                   "of all direct marketing. An objection cannot be lifted: the contact stays left out, even after "
                   "a new consent.")
                    .arg(m_name, withdraws),
                tr("Record &objection"),
                QStringLiteral("objectConfirmButton"));
    QDialog* dialog = a.dialog;
    FieldErrorLabel* error = a.error;
    connect(a.ok, &QPushButton::clicked, dialog, [this, dialog, error] {
        auto status = m_session.subjectRights().object(m_uid);
        if (!status) {
            error->setMessage(status.error().message);
            return;
        }
        dialog->accept();
        display(*status);
        emit changed(*status);
    });
    dialog->open();
}

} // namespace confidant::ui
