#include "ChangeNotifier.h"

#include "core/security/MutationGate.h"

#include <QPointer>

namespace confidant::ui {

ChangeNotifier::ChangeNotifier(security::MutationGate& gate, QObject* parent)
    : QObject(parent)
{
    // The gate cannot drop a listener, so the listener outlives this object and must check it is alive.
    gate.addListener([self = QPointer<ChangeNotifier>(this)](const security::Mutation& mutation) {
        if (self) {
            emit self->changed(mutation.entityType);
        }
    });
}

} // namespace confidant::ui
