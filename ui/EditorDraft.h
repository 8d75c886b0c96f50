#pragma once

#include "core/crm/Contact.h"

#include <QList>

#include <variant>

namespace confidant::ui {

//! Unsaved work in an open contact editor: the record as it was opened (its id says which one; 0 is a
//! new contact) and what the form held.
struct ContactDraft
{
    crm::Contact original;
    crm::Contact draft;
};

//! Unsaved work in an open company editor.
struct CompanyDraft
{
    crm::Company original;
    crm::Company draft;
};

//! What the lock keeps of open editors, in memory only, to reopen them after the unlock. It is never
//! written to disk, settings or logs.
using EditorDraft = std::variant<ContactDraft, CompanyDraft>;

} // namespace confidant::ui
