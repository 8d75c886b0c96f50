#pragma once

#include <QObject>

namespace confidant::security {
class MutationGate;
}

namespace confidant::ui {

//! Turns the MutationGate's committed writes into a Qt signal, so that views can refresh.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ChangeNotifier(security::MutationGate& gate, QObject* parent = nullptr);

signals:
    //! A write was committed; `entityType` is "contact", "company", … (never a personal value).
    void changed(const QString& entityType);
};

} // namespace confidant::ui
