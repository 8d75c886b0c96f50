#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace confidant {
class Session;
}

namespace confidant::ui {

class FieldErrorLabel;

//! Sets (typed twice) or removes a profile's PIN through ProfileService::setPin. Core decides who may:
//! every profile its own, "manage profiles" anyone's; a refusal shows in the dialog.
class PinDialog : public QDialog
{
    Q_OBJECT

public:
    PinDialog(Session& session, const QString& profileName, bool hasPin, QWidget* parent = nullptr);

private:
    void apply(bool clear);

    Session& m_session;
    QString m_profile;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_repeat = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace confidant::ui
