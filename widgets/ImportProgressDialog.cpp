#include "ImportProgressDialog.h"

#include "ImportController.h"

#include <QEvent>

namespace caseload {

ImportProgressDialog::ImportProgressDialog(ImportController *controller, QWidget *parent)
    : QProgressDialog(parent)
{
    // Not modal: a modal QProgressDialog spins the event loop inside setValue().
    setWindowModality(Qt::NonModal);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(400);
    setRange(0, 1000);
    setMinimumWidth(420);
    retranslate();
    reset();

    connect(controller, &ImportController::progressStarted, this, &ImportProgressDialog::start);
    connect(controller, &ImportController::progressDescriptionChanged, this, [this](const QString &text) {
        if (!m_cancelling)
            setLabelText(text);
    });
    connect(controller, &ImportController::progressChanged, this, &ImportProgressDialog::advance);
    // reset() alone hides only with autoClose, which would flash the dialog between queued files.
    connect(controller, &ImportController::finished, this, [this] {
        reset();
        hide();
    });
    connect(this, &QProgressDialog::canceled, controller, [this, controller] {
        m_cancelling = true;
        controller->cancel();
    });
}

void ImportProgressDialog::start(const QString &description, bool reading)
{
    m_cancelling = false;
    m_reading = reading;
    retranslate();
    setLabelText(description);
    setValue(0);
}

void ImportProgressDialog::retranslate()
{
    setWindowTitle(m_reading ? tr("Opening") : tr("Import"));
    setCancelButtonText(tr("Cancel"));
}

void ImportProgressDialog::advance(int permille)
{
    // Progress still in flight after Cancel must not bring the dialog back.
    if (!m_cancelling && permille > value())
        setValue(permille);
}

void ImportProgressDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QProgressDialog::changeEvent(event);
}

} // namespace caseload
