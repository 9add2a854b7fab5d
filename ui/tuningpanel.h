// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/endpointconfig.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace bw {

class BackoffPreview;
class HeaderListModel;

/// The settings of one endpoint, editable while the engine runs, and the configuration they
/// belong to.
///
/// The panel holds two lists: the configuration as loaded or last saved (Revert returns to
/// it) and the working list the engine runs. Every edit is judged by checkEndpoint(), the
/// loader's own rules, and the reason is shown under the field. A valid edit is applied at
/// once (after a short pause while typing, or with Apply): the working list changes and
/// endpointsChanged() fires, which the window hands to the engine. The engine keeps each
/// runner's breaker window, limiter and pause where the new settings allow; a changed id or
/// URL starts the endpoint afresh. Save writes the working list with saveConfigFile():
/// atomically, mode 0600, header references kept as written.
class TuningPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TuningPanel(QWidget *parent = nullptr);
    ~TuningPanel() override;

    /// The configuration as loaded or saved, and its file (empty when there is none, as in
    /// the demo: Save then asks for one). Drops every edit.
    void setConfig(const QList<EndpointConfig> &endpoints, const QString &path);
    QString configPath() const { return m_path; }
    /// The working list: what the engine was last given.
    const QList<EndpointConfig> &endpoints() const { return m_endpoints; }
    const QList<EndpointConfig> &savedEndpoints() const { return m_saved; }
    bool hasUnsavedChanges() const { return m_endpoints != m_saved; }

    /// Shows the settings of `id`; edits waiting to be applied are applied first if valid.
    void setCurrentEndpoint(const QString &id);
    QString currentEndpointId() const { return m_currentId; }

    /// Applies valid edits a moment after typing stops (on by default); off, only Apply does.
    void setLiveApply(bool live);

    /// The editor of a key, by its JSON path within the endpoint ("retry.maxAttempts",
    /// "headers"); null for keys the panel does not edit.
    QWidget *field(const QString &key) const;
    /// The reason shown under `key`'s editor; empty when it is valid.
    QString errorText(const QString &key) const;
    /// Every problem of the edited endpoint, "path: reason", as the loader words them.
    const QStringList &errors() const { return m_errors; }
    HeaderListModel *headerModel() const { return m_headers; }
    BackoffPreview *preview() const { return m_preview; }
    /// The line under the buttons: what was applied, saved or refused.
    QString statusText() const;
    /// Whether the engine confirmed it runs the edited endpoint's settings.
    QString engineStateText() const;

    /// How Save As chooses a file; by default a file dialog. Returns empty to cancel.
    void setSavePathProvider(std::function<QString()> provider);

public slots:
    /// Applies the edited endpoint to the working list when it is valid.
    bool apply();
    /// Gives every other endpoint of the edited endpoint's group its retry, rate limit,
    /// breaker, budget, throttle, reset format, timeout and concurrency settings. Returns how
    /// many changed.
    int applyToGroup();
    /// Returns to the configuration as loaded or last saved.
    void revert();
    /// Writes the working list to the configuration file (Save As when there is none).
    bool save();
    bool saveAs();
    /// A new endpoint, disabled until its URL is set and it is enabled.
    void addEndpoint();
    /// A copy of the edited endpoint under a new id, disabled like a new one.
    void duplicateEndpoint();
    void removeEndpoint();
    /// What the engine's runners hold now (EngineHost::endpointsApplied), to confirm edits.
    void confirmApplied(const QList<bw::EndpointConfig> &running);

signals:
    /// The working list changed; hand it to the engine.
    void endpointsChanged(const QList<bw::EndpointConfig> &endpoints);
    /// The panel switched to another endpoint on its own (added, duplicated, removed, renamed).
    void currentEndpointChanged(const QString &id);
    void savedTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
    };

    QWidget *buildGeneral();
    QWidget *buildTimeouts();
    QWidget *buildRetry();
    QWidget *buildRateLimit();
    QWidget *buildBreaker();
    void addRow(QFormLayout *form, const QString &label, const QString &key, QWidget *editor,
                const QString &toolTip = {});
    void watch(QWidget *editor);
    void loadForm(const EndpointConfig &endpoint);
    EndpointConfig formConfig() const;
    int currentIndex() const;
    void onEdited();
    /// Judges the form; fills m_errors and the labels. True when valid.
    bool validate();
    void showErrors();
    void setStatus(const QString &text, bool problem = false);
    void showEngineState();
    void updateButtons();
    QString uniqueId(const QString &stem) const;
    void insertEndpoint(EndpointConfig endpoint);
    bool writeTo(const QString &path);

    QList<EndpointConfig> m_saved;
    QList<EndpointConfig> m_endpoints;
    QString m_path;
    QString m_currentId;
    QStringList m_errors;
    EndpointConfig m_checked; ///< the form's endpoint as the loader reads it, when valid
    QHash<QString, Field> m_fields;
    bool m_loading = false;
    bool m_formDirty = false;
    bool m_live = true;
    /// What the engine last confirmed about the edited endpoint: unknown, runs the applied
    /// settings, or does not (yet).
    enum class EngineState { Unknown, Waiting, Runs, Differs } m_engineStateValue =
        EngineState::Unknown;
    /// A password in the endpoint's URL, shown as asterisks and put back when the URL is read.
    QString m_urlPassword;
    QList<EndpointConfig> m_running; ///< the engine's last confirmation
    bool m_haveRunning = false;
    std::function<QString()> m_savePathProvider;

    QLabel *m_title;
    QLabel *m_generalErrors;
    HeaderListModel *m_headers;
    QTableView *m_headerView;
    BackoffPreview *m_preview;
    QLabel *m_previewCaption;
    QCheckBox *m_liveBox;
    QPushButton *m_applyButton;
    QPushButton *m_groupButton;
    QPushButton *m_revertButton;
    QPushButton *m_saveButton;
    QToolButton *m_addButton;
    QToolButton *m_duplicateButton;
    QToolButton *m_removeButton;
    QLabel *m_status;
    QLabel *m_engineState;
    QTimer *m_liveTimer;
};

} // namespace bw
