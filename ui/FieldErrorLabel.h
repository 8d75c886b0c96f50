#pragma once

#include <QLabel>

namespace confidant::ui {

//! A small red line under a form field that shows a validation message; hidden while there is none.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget* parent = nullptr);

    //! Shows `message`, or hides the label when it is empty.
    void setMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColour();
};

} // namespace confidant::ui
