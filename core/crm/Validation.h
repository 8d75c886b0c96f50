#pragma once

#include "core/crm/Contact.h"

#include <QCoreApplication>

namespace confidant::crm {

//! Format checks shared by the editors, the CLI and imports, run by the services before every write. Each text
//! field may hold the characters core/TextRules allows for its kind in the field registry (one line, such as a
//! name or an email, or free text such as notes). Messages name the field, never quote the value.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    static bool isValidEmail(const QString& email);
    static bool isValidPhone(const QString& phone);
    static QList<FieldError> validate(const Contact& contact);
    static QList<FieldError> validate(const Company& company);
    //! One line joining the messages, for the CLI and error dialogs.
    static QString summary(const QList<FieldError>& errors);
};

} // namespace confidant::crm
