#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <string_view>

namespace confidant::cli {

//! Where confidant-cli writes: results on stdout (human text, or exactly one JSON document with --json),
//! messages on stderr, one line each and never personal (CLI.md).
class Output
{
public:
    explicit Output(bool json);

    bool json() const
    {
        return m_json;
    }
    //! One line of human output on stdout.
    void line(const QString& text = {});
    //! Bytes on stdout as they are (a recovery code straight from its SecretBuffer).
    void raw(std::string_view bytes);
    //! The one JSON document of this run on stdout.
    void document(const QJsonObject& object);
    //! Rows as aligned columns on stdout; `header` may be empty.
    void table(const QStringList& header, const QList<QStringList>& rows);
    //! One message line on stderr; line breaks inside are folded so that it stays one line.
    static void message(const QString& text);
    //! Flushes stdout; false when something could not be written (full disk, closed pipe).
    bool finish();

private:
    bool m_json;
};

} // namespace confidant::cli
