// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configloader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <dirent.h>
#include <unistd.h>
#include <cstdio>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace bw;

namespace {

constexpr char saveLoopVariable[] = "BREAKWATER_TEST_SAVE_LOOP";

Config configOf(int endpoints, int maxAttempts)
{
    Config config;
    for (int i = 0; i < endpoints; ++i) {
        EndpointConfig e;
        e.id = QStringLiteral("endpoint-%1").arg(i);
        e.name = QStringLiteral("Endpoint %1").arg(i);
        e.url = QUrl(QStringLiteral("http://127.0.0.1:9/%1").arg(i));
        e.headers = {{"Authorization", "Bearer ${env:BREAKWATER_TEST_TOKEN}"},
                     {"Accept", "application/json"}};
        e.retry.maxAttempts = maxAttempts;
        config.endpoints.append(e);
    }
    return config;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

mode_t modeOf(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

/// True when process `pid` holds a file open in `dir` (QSaveFile's temporary, which on Linux
/// is an unnamed O_TMPFILE shown as "dir/#inode (deleted)"). Plain POSIX calls: this runs in
/// a tight loop that must be quicker than a save's write, sync and rename.
bool holdsFileIn(qint64 pid, const QByteArray &dir)
{
    const QByteArray fdDir = "/proc/" + QByteArray::number(pid) + "/fd";
    DIR *fds = ::opendir(fdDir.constData());
    if (!fds)
        return false;
    bool found = false;
    char target[4096];
    while (const dirent *entry = ::readdir(fds)) {
        const QByteArray link = fdDir + '/' + entry->d_name;
        const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
        if (n > 0 && QByteArrayView(target, n).startsWith(dir + '/')) {
            found = true;
            break;
        }
    }
    ::closedir(fds);
    return found;
}

/// The child of crashDuringSavesLeavesOldOrNew: saves two configurations in turn, as fast as
/// it can, until it is killed (or, should the parent vanish, for at most 60 s).
int runSaveLoop(const QString &path)
{
    const Config configs[] = {configOf(400, 2), configOf(400, 3)};
    QDeadlineTimer deadline(60'000);
    for (int i = 0; !deadline.hasExpired(); ++i) {
        if (!saveConfigFile(path, configs[i % 2]))
            return 1;
        if (i == 0) {
            std::fputs("saving\n", stdout);
            std::fflush(stdout);
        }
    }
    return 0;
}

} // namespace

class tst_ConfigSave : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesOwnerOnlyFiles();
    void tightensAnExistingFile();
    void keepsReferencesNeverSecrets();
    void refusesAnInvalidConfigAndKeepsTheOldFile();
    void failedWriteKeepsTheOldFile();
    void checkEndpointUsesTheLoaderRules();
    void readsAndWritesGroup();
    void crashDuringSavesLeavesOldOrNew();

private:
    QTemporaryDir m_dir;
};

void tst_ConfigSave::init()
{
    qputenv("BREAKWATER_TEST_TOKEN", "s3cr3t-value-never-on-disk");
}

void tst_ConfigSave::writesOwnerOnlyFiles()
{
    const QString path = m_dir.filePath(QStringLiteral("new.json"));
    QFile::remove(path);
    const auto saved = saveConfigFile(path, configOf(2, 4));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error()));
    QCOMPARE(modeOf(path), mode_t(0600));
    QVERIFY(parseConfig(readAll(path)));
}

void tst_ConfigSave::tightensAnExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.json"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("{}");
    old.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QVERIFY(saveConfigFile(path, configOf(1, 4)));
    QCOMPARE(modeOf(path), mode_t(0600));
}

void tst_ConfigSave::keepsReferencesNeverSecrets()
{
    const QString path = m_dir.filePath(QStringLiteral("refs.json"));
    // Through the loader, so resolvedHeaders hold the secret as they do at run time.
    const auto loaded = parseConfig(serializeConfig(configOf(1, 4)));
    QVERIFY(loaded);
    QVERIFY(loaded->config.endpoints.first().resolvedHeaders.contains(
        std::pair<QByteArray, QByteArray>("Authorization", "Bearer s3cr3t-value-never-on-disk")));
    QVERIFY(saveConfigFile(path, loaded->config));
    const QByteArray written = readAll(path);
    QVERIFY(written.contains("Bearer ${env:BREAKWATER_TEST_TOKEN}"));
    QVERIFY(!written.contains("s3cr3t"));
}

void tst_ConfigSave::refusesAnInvalidConfigAndKeepsTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.json"));
    QVERIFY(saveConfigFile(path, configOf(1, 4)));
    const QByteArray before = readAll(path);
    Config bad = configOf(1, 4);
    bad.endpoints[0].retry.maxAttempts = 0;
    const auto saved = saveConfigFile(path, bad);
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains(QLatin1String("retry.maxAttempts: must be at least 1")),
             qPrintable(saved.error()));
    QCOMPARE(readAll(path), before);
}

void tst_ConfigSave::failedWriteKeepsTheOldFile()
{
    // A real write failure: the file size limit makes write() fail with EFBIG part-way
    // (SIGXFSZ is ignored so the process survives), as a full disk would.
    const QString path = m_dir.filePath(QStringLiteral("full.json"));
    QVERIFY(saveConfigFile(path, configOf(1, 4)));
    const QByteArray before = readAll(path);

    rlimit original{};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &original) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = original;
    limited.rlim_cur = 4096;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
    const auto saved = saveConfigFile(path, configOf(200, 4));
    ::setrlimit(RLIMIT_FSIZE, &original);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!saved);
    QCOMPARE(readAll(path), before);
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        QVERIFY2(!name.startsWith(QLatin1String("full.json.")), qPrintable(name));
}

void tst_ConfigSave::checkEndpointUsesTheLoaderRules()
{
    EndpointConfig e = configOf(1, 4).endpoints.first();
    const EndpointCheck good = checkEndpoint(e);
    QVERIFY2(good.errors.isEmpty(), qPrintable(good.errors.join(QLatin1Char('\n'))));
    QCOMPARE(good.endpoint.resolvedHeaders.size(), 2);

    e.retry.maxAttempts = 0;
    e.retry.maxDelay = Millis(100);
    e.url = QUrl(QStringLiteral("ftp://127.0.0.1/x"));
    const EndpointCheck bad = checkEndpoint(e);
    QVERIFY(bad.errors.contains(QStringLiteral("retry.maxAttempts: must be at least 1, got 0")));
    QVERIFY(bad.errors.contains(
        QStringLiteral("retry.maxDelayMs: must be at least baseDelayMs (200), got 100")));
    QVERIFY(bad.errors.contains(
        QStringLiteral("url: scheme \"ftp\" is not supported (use http or https)")));

    // The same endpoint in a file is refused for the same reasons, with its path.
    Config config;
    config.endpoints = {e};
    const auto loaded = parseConfig(serializeConfig(config));
    QVERIFY(!loaded);
    for (const QString &error : bad.errors)
        QVERIFY2(loaded.error().contains(QStringLiteral("endpoints[0].") + error),
                 qPrintable(error));
}

void tst_ConfigSave::readsAndWritesGroup()
{
    Config config = configOf(2, 4);
    config.endpoints[0].group = QStringLiteral("payments");
    const QByteArray json = serializeConfig(config);
    QVERIFY(json.contains("\"group\": \"payments\""));
    const auto loaded = parseConfig(json);
    QVERIFY(loaded);
    QCOMPARE(loaded->config.endpoints.at(0).group, QStringLiteral("payments"));
    QCOMPARE(loaded->config.endpoints.at(1).group, QString());

    EndpointConfig e = config.endpoints.first();
    e.group = QString(65, QLatin1Char('g'));
    QVERIFY(checkEndpoint(e).errors.contains(
        QStringLiteral("group: must be at most 64 characters, got 65")));
}

void tst_ConfigSave::crashDuringSavesLeavesOldOrNew()
{
    const QString path = m_dir.filePath(QStringLiteral("crash.json"));
    const QByteArray first = serializeConfig(configOf(400, 2));
    const QByteArray second = serializeConfig(configOf(400, 3));
    QVERIFY(first.size() > 100'000); // big enough that a kill lands mid-write now and then

    constexpr int kills = 12;
    int midSave = 0; // kills that landed while the child held its temporary file open
    QRandomGenerator random(20261204);
    for (int round = 0; round < kills; ++round) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(saveLoopVariable), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(5000));
        QVERIFY(child.waitForReadyRead(10'000)); // the first save is done
        QTest::qWait(int(random.bounded(5, 60)));
        // Kill at a random moment on even rounds; on odd ones, the moment the child is seen
        // holding its temporary file, that is mid-save (write, sync or rename), for at most 2 s.
        if (round % 2 == 1) {
            const QByteArray dir = QFile::encodeName(m_dir.path());
            QDeadlineTimer watch(2000);
            while (!watch.hasExpired() && !holdsFileIn(child.processId(), dir)) {
            }
        }
        if (holdsFileIn(child.processId(), QFile::encodeName(m_dir.path())))
            ++midSave;
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const QByteArray onDisk = readAll(path);
        QVERIFY2(onDisk == first || onDisk == second,
                 qPrintable(QStringLiteral("round %1: torn file of %2 bytes")
                                .arg(round)
                                .arg(onDisk.size())));
        QCOMPARE(modeOf(path), mode_t(0600));
    }
    // Evidence that the kills did hit writes in progress, not only the gaps between saves.
    qInfo("%d of %d kills landed while a save was open", midSave, kills);
    QVERIFY(midSave > 0);
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(saveLoopVariable)) {
        QCoreApplication app(argc, argv);
        return runSaveLoop(qEnvironmentVariable(saveLoopVariable));
    }
    QCoreApplication app(argc, argv);
    tst_ConfigSave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_configsave.moc"
