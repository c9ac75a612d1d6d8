#pragma once
// Shared by the editing tests: opening the real sample as a document, exporting, picking cells, recovering.
#include "model/document.h"
#include "model/io/cocoreader.h"
#include "model/io/cocowriter.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

namespace curator::test {

inline std::unique_ptr<Document> openDocument(const QString& path)
{
    QString error;
    auto doc = Document::open(path, &error);
    if (!doc)
        qWarning("%s", qPrintable(error));
    return doc;
}

inline QByteArray exported(const AnnotationSet& set)
{
    QString error;
    auto bytes = CocoWriter::toBytes(set, &error);
    if (!bytes)
        qWarning("%s", qPrintable(error));
    return bytes.value_or(QByteArray());
}

inline QByteArray exported(const Document& doc) { return exported(doc.set()); }

/** The id of the @p k-th live cell of image @p image. */
inline qint64 cellOf(const Document& doc, int image, int k = 0)
{
    const auto& cells = doc.store().annotationsOfImage(image);
    return doc.store().annotationId(int(cells.at(std::size_t(k))));
}

inline int indexOf(const Document& doc, qint64 id) { return doc.store().annotationIndex(id); }

inline std::array<double, 4> bboxOf(const Document& doc, qint64 id) { return doc.store().bbox(indexOf(doc, id)); }

/** A copy of the real val sample in @p dir (kept if there), opened and journaling. */
inline std::unique_ptr<Document> journaledCopy(const QTemporaryDir& dir, const QString& name = QStringLiteral("val.json"))
{
    const QString path = dir.filePath(name);
    if (!QFile::exists(path) && !QFile::copy(realValJson(), path))
        return nullptr;
    auto doc = openDocument(path);
    QString error;
    if (doc && !doc->startJournal(&error))
        qWarning("%s", qPrintable(error));
    return doc;
}

/** Opens @p path afresh and restores its journal; nullptr on failure. */
inline std::unique_ptr<Document> recovered(const QString& path)
{
    QString error;
    const auto recovery = Journal::findRecoverable(path, &error);
    if (!recovery) {
        qWarning("no recoverable journal: %s", qPrintable(error));
        return nullptr;
    }
    auto doc = openDocument(path);
    if (!doc || !recovery->baseMatches || !doc->recover(*recovery, &error)) {
        qWarning("recovery failed: %s", qPrintable(error));
        return nullptr;
    }
    return doc;
}

} // namespace curator::test
