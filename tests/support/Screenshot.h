#pragma once

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QPalette>
#include <QString>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace confidant::test {

//! A dark Fusion palette, for looking at a widget as a user of a dark desktop sees it.
inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc7));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

//! With CONFIDANT_SCREENSHOT_DIR=/tmp/shots set, keeps PNGs of what a widget test looked at, so that a person can
//! judge it: `name`.png as it is, and `name`-dark.png in a dark Fusion palette; without it, does nothing.
inline void shoot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("CONFIDANT_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QCoreApplication::processEvents(); // pending layouts first
    QDir().mkpath(dir);
    widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance())) {
        const QPalette light = QApplication::palette();
        const QString style = QApplication::style()->name();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        widget.grab().save(QDir(dir).filePath(name + QStringLiteral("-dark.png")));
        QApplication::setStyle(QStyleFactory::create(style));
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
        Q_UNUSED(app);
    }
}

} // namespace confidant::test
