#include "FieldErrorLabel.h"

#include <QEvent>

namespace confidant::ui {

FieldErrorLabel::FieldErrorLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    applyColour();
    hide();
}

void FieldErrorLabel::setMessage(const QString& message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void FieldErrorLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyColour();
    }
}

void FieldErrorLabel::applyColour()
{
    // A red that stays readable on both light and dark window backgrounds.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(0xef, 0x6b, 0x6b) : QColor(0xb7, 0x1c, 0x1c);
    QPalette p = palette();
    if (p.color(QPalette::WindowText) != red) {
        p.setColor(QPalette::WindowText, red);
        setPalette(p);
    }
}

} // namespace confidant::ui
