#pragma once

#include "core/crm/Contact.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace confidant::crm {

struct PipelineId
{
    qint64 value = 0;
    auto operator<=>(const PipelineId&) const = default;
};

struct StageId
{
    qint64 value = 0;
    auto operator<=>(const StageId&) const = default;
};

struct DealId
{
    qint64 value = 0;
    auto operator<=>(const DealId&) const = default;
};

//! What reaching a stage means: still open, or closed as won or lost.
enum class StageKind
{
    Open,
    Won,
    Lost,
};

//! A deal's state; follows the kind of the stage it sits in.
enum class DealStatus
{
    Open,
    Won,
    Lost,
};

//! Stable names used in the vault, the CLI and JSON: "open", "won", "lost".
QString kindName(StageKind kind);
std::optional<StageKind> kindFromName(const QString& name);
QString statusName(DealStatus status);
std::optional<DealStatus> statusFromName(const QString& name);

//! One column of a pipeline.
struct Stage
{
    StageId id;
    QString uid;
    PipelineId pipelineId;
    QString name;
    int position = 0;
    //! Chance of winning, 0 to 100 per cent.
    int probability = 0;
    StageKind kind = StageKind::Open;
};

//! An ordered list of stages a deal moves through.
struct Pipeline
{
    PipelineId id;
    QString uid;
    QString name;
    int position = 0;
    QList<Stage> stages;

    const Stage* stage(StageId stageId) const
    {
        for (const Stage& s : stages) {
            if (s.id == stageId) {
                return &s;
            }
        }
        return nullptr;
    }
    //! The first stage of `kind`, if any.
    const Stage* firstOfKind(StageKind kind) const
    {
        for (const Stage& s : stages) {
            if (s.kind == kind) {
                return &s;
            }
        }
        return nullptr;
    }
};

//! A sales opportunity. Money is integer minor units of an ISO-4217 currency (no floating point).
struct Deal
{
    DealId id;
    QString uid;
    QString title;
    qint64 valueMinor = 0;
    QString currency = QStringLiteral("EUR");
    QDate expectedClose;
    //! Profile uid; empty on create means the acting profile.
    QString ownerUid;
    PipelineId pipelineId;
    StageId stageId;
    std::optional<CompanyId> companyId;
    QList<ContactId> contactIds;
    QString description;
    QStringList tags;
    DealStatus status = DealStatus::Open;
    QString closeReason;
    std::optional<qint64> closedAtMs;
    //! "manual:gui", "manual:cli", "import:…".
    QString source;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

//! One row of the deal stage history: from (none when the deal was created) to, when, by whom.
struct StageChange
{
    std::optional<StageId> from;
    std::optional<StageId> to;
    QString fromUid;
    QString toUid;
    QString fromName;
    QString toName;
    qint64 atMs = 0;
    QString profileUid;
    QString profileName;
};

//! ISO-4217 currencies: which codes are valid and how many minor-unit digits each has. Parsing and
//! formatting here are locale-free ("1234.50"); the GUI formats with QLocale.
class Currency
{
    Q_DECLARE_TR_FUNCTIONS(Currency)

public:
    //! True for an active ISO-4217 code in upper case ("EUR"); "eur" and "XYZ" are not.
    static bool isKnown(const QString& code);
    //! Digits after the decimal point: 0 for JPY, 3 for KWD, 2 for most. -1 for an unknown code.
    static int exponent(const QString& code);
    static QStringList codes();
    //! "1234.5", "1234.50", "-3", "1234" in minor units of `code`; nullopt when it is not such a number
    //! or has more decimals than the currency allows.
    static std::optional<qint64> parse(const QString& text, const QString& code);
    //! "1234.50" for 123450 EUR, "1234" for 1234 JPY.
    static QString format(qint64 minor, const QString& code);
};

} // namespace confidant::crm
