#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QWidget>

namespace confidant::test {

//! With CONFIDANT_SCREENSHOT_DIR=/tmp/shots set, keeps a PNG of what a widget test looked at (`name`.png), so
//! that a person can judge it; without it, does nothing.
inline void shoot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("CONFIDANT_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents(); // pending layouts first
        QDir().mkpath(dir);
        widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
}

} // namespace confidant::test
