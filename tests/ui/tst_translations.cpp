// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

/// One <message> of a .ts file, as far as these checks need it.
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;      // the <translation> type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one entry, or one per numerus form
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            messages.append(message);
        } else if (xml.name() == u"source" && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation" && !messages.isEmpty()) {
            messages.last().type = xml.attributes().value(QLatin1String("type")).toString();
            if (!messages.last().numerus)
                messages.last().forms.append(xml.readElementText());
        } else if (xml.name() == u"numerusform" && !messages.isEmpty()) {
            messages.last().forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

/// The %1 … %99 markers in a text, which a translation must keep, in any order.
QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression marker(QStringLiteral("%(\\d{1,2}|n)"));
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

/// Every reason why a message would reach a user in English or broken; empty when it is fine.
QStringList problemsOf(const Message &message)
{
    if (message.type == u"vanished" || message.type == u"obsolete")
        return {}; // no longer in the sources, so never shown
    QStringList problems;
    if (message.type == u"unfinished")
        problems.append(QStringLiteral("unfinished"));
    if (message.numerus && message.forms.size() != 2)
        problems.append(QStringLiteral("%1 plural forms, expected 2").arg(message.forms.size()));
    const QSet<QString> expected = placeholders(message.source);
    for (const QString &form : message.forms) {
        if (form.trimmed().isEmpty())
            problems.append(QStringLiteral("empty translation"));
        else if (placeholders(form) != expected)
            problems.append(QStringLiteral("placeholders differ in \"%1\"").arg(form));
    }
    return problems;
}

QString qtTool(const QString &name)
{
    for (const auto location : {QLibraryInfo::BinariesPath, QLibraryInfo::LibraryExecutablesPath}) {
        const QString candidate = QLibraryInfo::path(location) + QLatin1Char('/') + name;
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QString();
}

} // namespace

/// Every shipped language (translations/breakwater_<language>.ts) must cover every tr() text in
/// the sources, and the application must pick the language from --lang or the system locale.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySourceTextIsTranslated_data();
    void everySourceTextIsTranslated();
    void compiledTranslationsLoad_data();
    void compiledTranslationsLoad();
    void followsLangOptionThenSystemLocale_data();
    void followsLangOptionThenSystemLocale();

private:
    void addLanguageRows();

    QDir m_tsDir;
    QStringList m_languages;
    QString m_appBuildDir;
    QString m_binary;
};

void tst_Translations::initTestCase()
{
    const QString tsDir = QFINDTESTDATA("../../translations");
    QVERIFY2(!tsDir.isEmpty(), "translations/ not found next to the test sources");
    m_tsDir.setPath(tsDir);
    static const QRegularExpression tsName(QStringLiteral("^breakwater_(\\w+)\\.ts$"));
    for (const QString &name : m_tsDir.entryList({QStringLiteral("breakwater_*.ts")}, QDir::Files))
        m_languages.append(tsName.match(name).captured(1));
    QVERIFY2(m_languages.contains(QStringLiteral("de"))
                 && m_languages.contains(QStringLiteral("fr")),
             qPrintable(m_languages.join(u' ')));

    m_binary = qEnvironmentVariable("BREAKWATER_BINARY");
    if (!m_binary.isEmpty())
        m_appBuildDir = QFileInfo(m_binary).absolutePath();
}

void tst_Translations::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : std::as_const(m_languages))
        QTest::newRow(qPrintable(language)) << language;
}

void tst_Translations::everySourceTextIsTranslated_data()
{
    addLanguageRows();
}

void tst_Translations::everySourceTextIsTranslated()
{
    QFETCH(QString, language);
    const QString committed = m_tsDir.filePath(QStringLiteral("breakwater_%1.ts").arg(language));

    // A tr() text added since the last update_translations run is missing from the committed
    // file, which would let it through. So refresh a copy from the sources the way the
    // breakwater_lupdate target does, and judge the copy.
    QString judged = committed;
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString project = m_appBuildDir + QStringLiteral("/.lupdate/breakwater_project.json");
    const QString lupdate = qtTool(QStringLiteral("lupdate"));
    if (!lupdate.isEmpty() && QFile::exists(project)) {
        judged = work.filePath(QFileInfo(committed).fileName());
        QVERIFY(QFile::copy(committed, judged));
        QFile::setPermissions(judged, QFile::ReadOwner | QFile::WriteOwner);
        QProcess process;
        process.start(lupdate, {QStringLiteral("-project"), project, QStringLiteral("-ts"), judged,
                                QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                QStringLiteral("none"), QStringLiteral("-silent")});
        QVERIFY2(process.waitForFinished(120000) && process.exitCode() == 0,
                 process.readAllStandardError().constData());
    } else {
        qWarning("lupdate or the build's lupdate project is missing: judging the committed "
                 "file, which cannot show texts added since its last update");
    }

    QString error;
    const QList<Message> messages = readTs(judged, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList report;
    for (const Message &message : messages) {
        const QStringList problems = problemsOf(message);
        if (!problems.isEmpty())
            report.append(QStringLiteral("  [%1] \"%2\": %3")
                              .arg(message.context, message.source, problems.join(u", ")));
    }
    QVERIFY2(report.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 texts are not ready in %3 (update with "
                                       "'cmake --build build --target update_translations', "
                                       "then translate):\n%4")
                            .arg(report.size())
                            .arg(messages.size())
                            .arg(QFileInfo(committed).fileName(), report.join(u'\n'))));
}

void tst_Translations::compiledTranslationsLoad_data()
{
    addLanguageRows();
}

void tst_Translations::compiledTranslationsLoad()
{
    QFETCH(QString, language);
    if (m_appBuildDir.isEmpty())
        QSKIP("BREAKWATER_BINARY is not set, so the compiled .qm files cannot be found");

    QTranslator own;
    QVERIFY(own.load(QStringLiteral("breakwater_%1").arg(language), m_appBuildDir));
    QVERIFY(!own.isEmpty());
    QCOMPARE(own.language(), language);

    // Qt's own texts come from qt6-translations-l10n, which the .deb depends on.
    QTranslator qt;
    QVERIFY2(qt.load(QStringLiteral("qtbase_%1").arg(language),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
             "qtbase's translation is missing: install qt6-translations-l10n");
}

void tst_Translations::followsLangOptionThenSystemLocale_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("lang");     // the LANG variable; LC_ALL, LC_MESSAGES, LANGUAGE unset
    QTest::addColumn<QString>("expected"); // the language whose texts --help must show

    const QStringList help{QStringLiteral("--help")};
    const QStringList german{QStringLiteral("--lang"), QStringLiteral("de"),
                             QStringLiteral("--help")};
    const QStringList english{QStringLiteral("--lang=en"), QStringLiteral("--help")};
    QTest::newRow("system German") << help << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de");
    QTest::newRow("system French") << help << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("fr");
    QTest::newRow("system C") << help << QStringLiteral("C") << QString();
    QTest::newRow("--lang over system")
        << german << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("de");
    QTest::newRow("--lang=en over system") << english << QStringLiteral("de_DE.UTF-8") << QString();
}

void tst_Translations::followsLangOptionThenSystemLocale()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    if (m_binary.isEmpty() || !QFile::exists(m_binary))
        QSKIP("BREAKWATER_BINARY does not name the built breakwater executable");

    // The value name of --lang is a Breakwater text, "Options:" a Qt one: both must follow.
    QString valueName = QStringLiteral("language");
    QString optionsHeading = QStringLiteral("Options:");
    if (!expected.isEmpty()) {
        QTranslator own;
        QTranslator qt;
        QVERIFY(own.load(QStringLiteral("breakwater_%1").arg(expected), m_appBuildDir));
        QVERIFY(qt.load(QStringLiteral("qtbase_%1").arg(expected),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        valueName = own.translate("Breakwater", "language");
        optionsHeading = qt.translate("QCommandLineParser", "Options:");
        QVERIFY(!valueName.isEmpty() && !optionsHeading.isEmpty());
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(m_binary, arguments);
    QVERIFY(process.waitForFinished(30000));
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(help.contains(QStringLiteral("--lang <%1>").arg(valueName)), qPrintable(help));
    QVERIFY2(help.contains(optionsHeading), qPrintable(help));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
