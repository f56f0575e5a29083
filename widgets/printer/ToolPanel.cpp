#include "ToolPanel.h"

#include "printer/MotionGuard.h"
#include "printer/PrinterLink.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace reticle {

ToolPanel::ToolPanel(PrinterLink &link, MotionGuard &guard, QWidget *parent)
    : QWidget(parent)
    , m_link(link)
    , m_guard(guard)
    , m_table(new QTableWidget(0, 4, this))
    , m_selector(new QComboBox(this))
    , m_select(new QPushButton(tr("Select"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("toolPanel"));
    m_table->setObjectName(QStringLiteral("toolTable"));
    m_table->setHorizontalHeaderLabels({tr("Tool"), tr("X offset"), tr("Y offset"), tr("Z offset")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_selector->setObjectName(QStringLiteral("toolSelector"));
    m_select->setObjectName(QStringLiteral("selectToolButton"));
    m_message->setObjectName(QStringLiteral("toolMessage"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Active tool:"), this));
    row->addWidget(m_selector, 1);
    row->addWidget(m_select);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_select, &QPushButton::clicked, this, [this] {
        const int number = m_selector->currentData().toInt();
        m_message->clear();
        m_guard.selectTool(number)->then(this, [this](PrinterReply *r) {
            if (r->isError())
                m_message->setText(r->error()->toString());
        });
    });
    connect(&m_link, &PrinterLink::stateChanged, this, &ToolPanel::refresh);
    connect(&m_link, &PrinterLink::connectionStateChanged, this, &ToolPanel::refresh);
    refresh();
}

void ToolPanel::refresh()
{
    const QList<ToolInfo> tools = m_link.state().tools();
    m_table->setRowCount(int(tools.size()));
    const QString active = m_link.state().activeTool();
    const int current = m_selector->currentData().isValid() ? m_selector->currentData().toInt() : -2;
    QSignalBlocker block(m_selector);
    m_selector->clear();
    for (int row = 0; row < tools.size(); ++row) {
        const ToolInfo &t = tools.at(row);
        const QString name = t.name == active ? tr("%1 (active)").arg(t.name) : t.name;
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        for (int axis = 0; axis < 3; ++axis) {
            auto *item = new QTableWidgetItem(QString::number(t.offset[axis], 'f', 3));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, axis + 1, item);
        }
        if (t.number >= 0)
            m_selector->addItem(t.name, t.number);
    }
    const int index = m_selector->findData(current);
    if (index >= 0)
        m_selector->setCurrentIndex(index);
    m_select->setEnabled(m_link.isReady() && m_selector->count() > 0);
}

} // namespace reticle
