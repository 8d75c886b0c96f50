#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace confidant::security {
class MutationGate;
}

namespace confidant::privacy {

//! Who is responsible for the processing (Art. 4(7), 13(1)(a)-(b), 30(1)(a)): the business, its data
//! protection officer, the authority people can complain to and how policy changes are announced.
struct ControllerDetails
{
    QString name;
    //! Postal address, lines separated by '\n'.
    QString address;
    QString email;
    QString phone;
    QString dpoName;
    QString dpoEmail;
    //! The controller states that no DPO is appointed (Art. 37 does not require one of every business).
    bool noDpo = false;
    //! The supervisory authority people may complain to (Art. 77), e.g. its name and web address.
    QString supervisoryAuthority;
    //! How updates of the privacy policy are announced ("on our web site and by email to customers").
    QString updatesAnnouncement;

    bool hasDpoContact() const
    {
        return !dpoName.isEmpty() || !dpoEmail.isEmpty();
    }
    bool operator==(const ControllerDetails&) const = default;
};

//! Reads and writes the controller details, kept in the vault's `settings` table under `controller.*`.
//! Reading is open to every profile (they are business details, shown in notices); changing needs
//! "manage purposes" and is audited as `controller.update` with the names of the changed settings.
class ControllerService
{
    Q_DECLARE_TR_FUNCTIONS(ControllerService)

public:
    static constexpr int kMaxLength = 1000;

    explicit ControllerService(security::MutationGate& gate);

    Result<ControllerDetails> details() const;
    //! Replaces all details (empty strings clear). Invalid with a message for a malformed email or phone.
    Result<ControllerDetails> setDetails(const ControllerDetails& details);

    //! The validation problems of `details` (empty: valid), translated, quoting no value.
    static QStringList validate(const ControllerDetails& details);

private:
    security::MutationGate& m_gate;
};

} // namespace confidant::privacy
