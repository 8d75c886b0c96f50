#pragma once

#include <QLocale>

class QCoreApplication;

namespace confidant {

//! Installs Confidant's translation (and Qt's own, when present) for `locale` on `app`. English needs none.
void installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace confidant
