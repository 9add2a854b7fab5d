// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpeers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <chrono>

using namespace std::chrono_literals;

namespace {

const QString appId = QStringLiteral("io.github.breakwater.Breakwater");
const QList<int> pngSizes = {16, 32, 48, 64, 128, 256};

/// The monitor itself, then each subcommand; every one has its own --help and its man page section.
QList<QStringList> commandLines()
{
    return {{},
            {QStringLiteral("hints")},
            {QStringLiteral("export")},
            {QStringLiteral("enqueue")},
            {QStringLiteral("deadletters")}};
}

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool succeeded() const { return finished && exitCode == 0; }
    QByteArray transcript() const { return "stdout:\n" + out + "\nstderr:\n" + err; }
};

/// Runs a program to completion or kills it once the timeout is over; never waits longer.
Run run(const QString &program, const QStringList &arguments, std::chrono::milliseconds timeout,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    result.finished = process.waitForFinished(int(timeout.count()));
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The value of `key` in the [Desktop Entry] group, untranslated.
QString desktopEntryValue(const QByteArray &entry, const QString &key)
{
    const QRegularExpression line(QStringLiteral("^%1=(.*)$").arg(key),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(entry)).captured(1).trimmed();
}

/// The Exec command split as a launcher splits it, with field codes such as %F dropped.
QStringList desktopEntryCommand(const QByteArray &entry)
{
    QStringList command = QProcess::splitCommand(desktopEntryValue(entry, QStringLiteral("Exec")));
    command.removeIf([](const QString &word) { return word.startsWith(QLatin1Char('%')); });
    return command;
}

/// Every "--name" the --help text lists.
QStringList longOptionsInHelp(const QByteArray &help)
{
    QStringList options;
    const QRegularExpression option(QStringLiteral("^\\s+(?:-\\w, )?--([\\w-]+)"),
                                    QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &match : option.globalMatch(QString::fromUtf8(help)))
        options.append(match.captured(1));
    return options;
}

/// Every "\-\-name" in a roff page, the way man pages spell a long option.
QStringList longOptionsInManPage(const QByteArray &page)
{
    QStringList options;
    const QRegularExpression option(QStringLiteral("\\\\-\\\\-((?:\\w|\\\\-)+)"));
    for (const QRegularExpressionMatch &match : option.globalMatch(QString::fromUtf8(page)))
        options.append(match.captured(1).replace(QStringLiteral("\\-"), QStringLiteral("-")));
    options.removeDuplicates();
    return options;
}

/// The environment for runs of the unpacked binary: the history file it records by default goes
/// below the unpacked tree instead of the home directory of whoever runs the test.
QProcessEnvironment runEnvironment(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data-home"));
    return env;
}

/// Width and height from a PNG's IHDR chunk, or {0, 0} when the file is not a PNG.
QSize pngSize(const QByteArray &png)
{
    if (png.size() < 24 || !png.startsWith("\x89PNG\r\n\x1a\n") || png.mid(12, 4) != "IHDR")
        return {};
    const auto be32 = [&png](int at) {
        int value = 0;
        for (int i = 0; i < 4; ++i)
            value = (value << 8) | quint8(png.at(at + i));
        return value;
    };
    return {be32(16), be32(20)};
}

} // namespace

/// The files that integrate Breakwater with a desktop, and the Debian package that carries them.
/// The quick checks validate the source files; debianPackageInstallsAndRuns builds the package
/// with CPack, unpacks it with dpkg-deb and runs the unpacked binary against the system's Qt.
class tst_Installer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void desktopEntryValidates();
    void desktopEntryNamesBinaryAndIcon();
    void metainfoValidates();
    void metainfoDescribesThisRelease();
    void manPageRendersWithoutWarnings();
    void everyHelpOptionIsInManPage_data();
    void everyHelpOptionIsInManPage();
    void everyManPageOptionExists();
    void debianPackageInstallsAndRuns();

private:
    QString sourceFile(const QString &relativePath) const;
    QStringList longOptionsOf(const QStringList &arguments);
    void checkPackageContents(const QString &deb);
    void checkDependencies(const QString &deb, const QString &workDir);
    void checkUnpackedBinaryRuns(const QString &root);
    void checkDesktopEntryStartsWindow(const QString &root);

    QString m_sourceDir;
    QString m_binary;
};

void tst_Installer::initTestCase()
{
    const QString marker = QFINDTESTDATA("../../installer/packaging.cmake");
    QVERIFY2(!marker.isEmpty(), "installer/packaging.cmake not found next to the test sources");
    m_sourceDir = QFileInfo(marker).dir().absoluteFilePath(QStringLiteral(".."));
    m_binary = qEnvironmentVariable("BREAKWATER_BINARY");
}

QString tst_Installer::sourceFile(const QString &relativePath) const
{
    return QDir::cleanPath(m_sourceDir + QLatin1Char('/') + relativePath);
}

void tst_Installer::desktopEntryValidates()
{
    const QString validator
        = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");

    const QString entry = sourceFile(QStringLiteral("installer/%1.desktop").arg(appId));
    const Run result = run(validator, {entry}, 30s);
    // Warnings and hints are printed without failing the exit status; accept none of them.
    QVERIFY2(result.succeeded() && result.out.trimmed().isEmpty() && result.err.trimmed().isEmpty(),
             result.transcript().constData());
}

void tst_Installer::desktopEntryNamesBinaryAndIcon()
{
    const QByteArray entry = readAll(sourceFile(QStringLiteral("installer/%1.desktop").arg(appId)));
    QVERIFY(!entry.isEmpty());
    QCOMPARE(desktopEntryCommand(entry), QStringList{QStringLiteral("breakwater")});
    QCOMPARE(desktopEntryValue(entry, QStringLiteral("Icon")), appId);
    QCOMPARE(desktopEntryValue(entry, QStringLiteral("Terminal")), QStringLiteral("false"));
}

void tst_Installer::metainfoValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (validator.isEmpty())
        QSKIP("appstreamcli is not installed (Debian package appstream)");

    const QString metainfo = sourceFile(QStringLiteral("installer/%1.metainfo.xml").arg(appId));
    const Run result
        = run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo}, 60s);
    QVERIFY2(result.succeeded(), result.transcript().constData());
}

void tst_Installer::metainfoDescribesThisRelease()
{
    QXmlStreamReader xml(
        readAll(sourceFile(QStringLiteral("installer/%1.metainfo.xml").arg(appId))));
    QString id;
    QString launchable;
    QString newestRelease;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"id")
            id = xml.readElementText();
        else if (xml.name() == u"launchable")
            launchable = xml.readElementText();
        else if (xml.name() == u"release" && newestRelease.isEmpty())
            newestRelease = xml.attributes().value(QLatin1String("version")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, appId);
    QCOMPARE(launchable, appId + QStringLiteral(".desktop"));
    // The releases are listed newest first; a version bump must add an entry.
    QCOMPARE(newestRelease, QStringLiteral(BREAKWATER_VERSION));
}

void tst_Installer::manPageRendersWithoutWarnings()
{
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    if (groff.isEmpty())
        QSKIP("groff is not installed (Debian package groff-base)");

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const Run result
        = run(groff,
              {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
               QStringLiteral("-z"), sourceFile(QStringLiteral("installer/breakwater.1"))},
              30s, env);
    QVERIFY2(result.succeeded() && result.err.trimmed().isEmpty(), result.transcript().constData());
}

void tst_Installer::everyHelpOptionIsInManPage_data()
{
    QTest::addColumn<QStringList>("arguments");
    for (const QStringList &command : commandLines())
        QTest::newRow(qPrintable((QStringLiteral("breakwater ") + command.join(u' ')).trimmed()))
            << (command + QStringList{QStringLiteral("--help")});
}

void tst_Installer::everyHelpOptionIsInManPage()
{
    QFETCH(QStringList, arguments);
    if (m_binary.isEmpty() || !QFile::exists(m_binary))
        QSKIP("BREAKWATER_BINARY does not name the built breakwater executable");
    const QStringList inHelp = longOptionsOf(arguments);
    QVERIFY(!inHelp.isEmpty());

    const QStringList inManPage
        = longOptionsInManPage(readAll(sourceFile(QStringLiteral("installer/breakwater.1"))));
    for (const QString &option : inHelp)
        QVERIFY2(
            inManPage.contains(option),
            qPrintable(QStringLiteral("--%1 is missing from installer/breakwater.1").arg(option)));
}

void tst_Installer::everyManPageOptionExists()
{
    if (m_binary.isEmpty() || !QFile::exists(m_binary))
        QSKIP("BREAKWATER_BINARY does not name the built breakwater executable");
    QStringList inHelp;
    for (const QStringList &command : commandLines())
        inHelp += longOptionsOf(command + QStringList{QStringLiteral("--help")});
    QVERIFY(inHelp.contains(QStringLiteral("lang")));

    const QStringList inManPage
        = longOptionsInManPage(readAll(sourceFile(QStringLiteral("installer/breakwater.1"))));
    for (const QString &option : inManPage)
        QVERIFY2(
            inHelp.contains(option),
            qPrintable(
                QStringLiteral("breakwater.1 documents --%1, which no --help lists").arg(option)));
}

QStringList tst_Installer::longOptionsOf(const QStringList &arguments)
{
    // The test compares English texts, whatever the locale of the machine running it.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    const Run help = run(m_binary, arguments, 30s, env);
    if (!help.succeeded())
        qWarning("%s", help.transcript().constData());
    return help.succeeded() ? longOptionsInHelp(help.out) : QStringList();
}

void tst_Installer::debianPackageInstallsAndRuns()
{
    // Slow (a stripped package build), so only the "installer" registration runs it.
    if (qEnvironmentVariable("BREAKWATER_PACKAGE_CHECK") != u"1")
        QSKIP("set BREAKWATER_PACKAGE_CHECK=1 (ctest -L installer does) to build the package");
    const QString cpackConfig = qEnvironmentVariable("BREAKWATER_CPACK_CONFIG");
    QVERIFY2(QFile::exists(cpackConfig), "BREAKWATER_CPACK_CONFIG must name CPackConfig.cmake");
    QString cpack = qEnvironmentVariable("BREAKWATER_CPACK");
    if (cpack.isEmpty())
        cpack = QStandardPaths::findExecutable(QStringLiteral("cpack"));
    for (const char *tool : {"dpkg-deb", "dpkg-shlibdeps", "dpkg-checkbuilddeps"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 is missing: install dpkg-dev").arg(tool)));
    }

    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString out = work.filePath(QStringLiteral("packages"));
    const Run packed = run(cpack,
                           {QStringLiteral("--config"), cpackConfig, QStringLiteral("-G"),
                            QStringLiteral("DEB;TGZ"), QStringLiteral("-B"), out},
                           300s);
    QVERIFY2(packed.succeeded(), packed.transcript().constData());

    const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
    const QStringList tarballs = QDir(out).entryList({QStringLiteral("*.tar.gz")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    QCOMPARE(tarballs.size(), 1);
    const QString deb = QDir(out).filePath(debs.first());

    checkPackageContents(deb);
    if (QTest::currentTestFailed())
        return;
    checkDependencies(deb, work.path());
    if (QTest::currentTestFailed())
        return;

    const Run listed = run(QStringLiteral("tar"),
                           {QStringLiteral("-tzf"), QDir(out).filePath(tarballs.first())}, 60s);
    QVERIFY2(listed.succeeded(), listed.transcript().constData());
    QVERIFY2(listed.out.contains("/bin/breakwater\n"), listed.out.constData());
    QVERIFY2(listed.out.contains("/share/applications/" + appId.toUtf8() + ".desktop\n"),
             listed.out.constData());

    const QString root = work.filePath(QStringLiteral("root"));
    const Run unpacked = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), deb, root}, 60s);
    QVERIFY2(unpacked.succeeded(), unpacked.transcript().constData());
    checkUnpackedBinaryRuns(root);
    if (QTest::currentTestFailed())
        return;
    checkDesktopEntryStartsWindow(root);
}

void tst_Installer::checkPackageContents(const QString &deb)
{
    const Run fields = run(
        QStringLiteral("dpkg-deb"),
        {QStringLiteral("-f"), deb, QStringLiteral("Package"), QStringLiteral("Version")}, 30s);
    QVERIFY2(fields.succeeded(), fields.transcript().constData());
    QCOMPARE(QString::fromUtf8(fields.out).trimmed(),
             QStringLiteral("Package: breakwater\nVersion: %1-1").arg(BREAKWATER_VERSION));

    const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), deb}, 30s);
    QVERIFY2(contents.succeeded(), contents.transcript().constData());
    QStringList expected = {
        QStringLiteral("./usr/bin/breakwater"),
        QStringLiteral("./usr/share/applications/%1.desktop").arg(appId),
        QStringLiteral("./usr/share/metainfo/%1.metainfo.xml").arg(appId),
        QStringLiteral("./usr/share/icons/hicolor/scalable/apps/%1.svg").arg(appId),
        QStringLiteral("./usr/share/man/man1/breakwater.1.gz"),
        QStringLiteral("./usr/share/doc/breakwater/copyright"),
    };
    for (int size : pngSizes)
        expected.append(
            QStringLiteral("./usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId));

    QStringList listed;
    for (const QByteArray &line : contents.out.split('\n')) {
        if (!line.isEmpty())
            listed.append(QString::fromUtf8(line.split(' ').last()));
    }
    for (const QString &path : expected)
        QVERIFY2(listed.contains(path), qPrintable(QStringLiteral("the .deb lacks %1").arg(path)));
}

void tst_Installer::checkDependencies(const QString &deb, const QString &workDir)
{
    const Run depends = run(QStringLiteral("dpkg-deb"),
                            {QStringLiteral("-f"), deb, QStringLiteral("Depends")}, 30s);
    QVERIFY2(depends.succeeded(), depends.transcript().constData());
    const QString relations = QString::fromUtf8(depends.out).trimmed();
    // Declared by hand (Qt loads them at run time), then found by dpkg-shlibdeps.
    for (const char *package : {"qt6-qpa-plugins", "qt6-translations-l10n", "libqt6widgets6",
                                "libqt6charts6", "libqt6network6"}) {
        QVERIFY2(relations.contains(QLatin1String(package)),
                 qPrintable(QStringLiteral("Depends lacks %1: %2").arg(package, relations)));
    }

    // Qt Sql loads its SQLite driver as a plugin, which dpkg-shlibdeps cannot see.
    if (relations.contains(QLatin1String("libqt6sql6 ")))
        QVERIFY2(relations.contains(QLatin1String("libqt6sql6-sqlite")), qPrintable(relations));

    // dpkg-checkbuilddeps judges any relation list against the installed packages, so it tells
    // whether "dpkg -i" would accept the package here without installing it.
    const QString control = workDir + QStringLiteral("/control");
    QFile file(control);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Source: breakwater-check\n\nPackage: breakwater-check\nArchitecture: any\n");
    file.close();
    const Run check = run(QStringLiteral("dpkg-checkbuilddeps"),
                          {QStringLiteral("-d"), relations, control}, 60s);
    QVERIFY2(check.succeeded(), check.transcript().constData());
}

void tst_Installer::checkUnpackedBinaryRuns(const QString &root)
{
    const QString binary = root + QStringLiteral("/usr/bin/breakwater");
    QVERIFY(QFileInfo(binary).isExecutable());

    // LD_LIBRARY_PATH stays as it is: the unpacked binary must run against the system's Qt.
    const QProcessEnvironment env = bw::headlessEnvironment(runEnvironment(root));

    const Run version = run(binary, {QStringLiteral("--version")}, 30s, env);
    QVERIFY2(version.succeeded(), version.transcript().constData());
    QCOMPARE(version.out.trimmed(), QByteArray("breakwater " BREAKWATER_VERSION));

    const Run headless
        = run(binary,
              {QStringLiteral("--headless"), QStringLiteral("--duration"), QStringLiteral("2"),
               QStringLiteral("--status-interval"), QStringLiteral("1")},
              60s, env);
    QVERIFY2(headless.succeeded(), headless.transcript().constData());
    QVERIFY2(headless.out.contains("Breakwater"), headless.transcript().constData());

    for (int size : pngSizes) {
        const QString png
            = root
              + QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId);
        QCOMPARE(pngSize(readAll(png)), QSize(size, size));
    }
}

void tst_Installer::checkDesktopEntryStartsWindow(const QString &root)
{
    const QByteArray entry
        = readAll(root + QStringLiteral("/usr/share/applications/%1.desktop").arg(appId));
    QStringList command = desktopEntryCommand(entry);
    QVERIFY(!command.isEmpty());

    // A launcher finds the program on PATH, where the package put it.
    const QString program
        = QStandardPaths::findExecutable(command.takeFirst(), {root + QStringLiteral("/usr/bin")});
    QVERIFY2(!program.isEmpty(), entry.constData());

    // The window opens on the offscreen platform; --duration only bounds the run.
    QProcessEnvironment env = runEnvironment(root);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run window
        = run(program, command << QStringLiteral("--duration") << QStringLiteral("2"), 60s, env);
    QVERIFY2(window.succeeded(), window.transcript().constData());
}

QTEST_GUILESS_MAIN(tst_Installer)
#include "tst_installer.moc"
