#include "SearchCommand.h"

#include "core/crm/SearchService.h"

#include <QJsonArray>
#include <QJsonObject>

#include "CommandContext.h"

namespace confidant::cli {

namespace {

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 10000;

QString kindName(crm::SearchHit::Kind kind)
{
    return kind == crm::SearchHit::Kind::Contact ? QStringLiteral("contact") : QStringLiteral("company");
}

} // namespace

int SearchCommand::run(CommandContext& ctx)
{
    const QString text = ctx.args().arguments.join(QLatin1Char(' '));
    if (text.trimmed().isEmpty()) {
        return ctx.usage(tr("search needs a QUERY; see confidant-cli search --help."));
    }
    const auto limit = ctx.intOption(QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit);
    if (!limit) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto hits = session->search().search(text, static_cast<int>(*limit));
    if (!hits) {
        return ctx.fail(hits.error());
    }
    // The read is in the audit trail before anything of it is printed (docs/SECURITY.md "Audit trail").
    if (auto recorded = session->reads().flush(); !recorded) {
        return ctx.fail(recorded.error());
    }
    // The service caps contacts and companies separately; --limit caps what is printed.
    if (hits->size() > *limit) {
        hits->resize(static_cast<qsizetype>(*limit));
    }
    Output& out = ctx.out();
    if (out.json()) {
        QJsonArray array;
        for (const auto& hit : *hits) {
            array.append(QJsonObject {{QStringLiteral("kind"), kindName(hit.kind)},
                                      {QStringLiteral("uid"), hit.uid},
                                      {QStringLiteral("title"), hit.title},
                                      {QStringLiteral("detail"), hit.detail}});
        }
        out.document({{QStringLiteral("hits"), array}});
        return 0;
    }
    if (hits->isEmpty()) {
        out.line(tr("Nothing found."));
        return 0;
    }
    QList<QStringList> rows;
    for (const auto& hit : *hits) {
        rows.append({kindName(hit.kind), hit.uid, hit.title, hit.detail});
    }
    out.table({}, rows);
    return 0;
}

} // namespace confidant::cli
