#pragma once
// The review's copies of the cells it evaluates (taken on the GUI thread, so that edits never race
// with the evaluation on its worker), and mapping the evaluation's indices back to the workspace's.
#include "model/annotationstore.h"
#include "model/eval/evalresult.h"
#include "model/workspace.h"

#include <vector>

namespace curator::snapshot {

/** Appends ground-truth image @p i of @p source with its cells to @p out, recording where they came from. */
void copyImage(const AnnotationStore& source, int i, AnnotationStore& out, std::vector<int>& imageMap,
               std::vector<int>& annotationMap);

/** Appends the live predictions of set @p predictions on ground-truth image @p i of @p gt to @p out. */
void copyPredictions(const Workspace& workspace, int predictions, const AnnotationStore& gt, int i,
                     AnnotationStore& out, std::vector<int>& predictionMap);

/**
 * Room in @p gtOut and @p dtOut (and the maps back) for the cells of ground-truth images @p images and
 * their predictions, so that a copy taken in slices never stops to move what it has copied.
 */
void reserveCopies(const Workspace& workspace, int groundTruth, int predictions, const std::vector<int>& images,
                   AnnotationStore& gtOut, AnnotationStore& dtOut, std::vector<int>& annotationMap,
                   std::vector<int>& predictionMap);

/** The chosen ground-truth images of @p source with their cells (categories included), finalized. */
void snapshotGroundTruth(const AnnotationStore& source, const std::vector<int>& images, AnnotationStore& out,
                         std::vector<int>& imageMap, std::vector<int>& annotationMap);

/** The live predictions of set @p predictions on the ground-truth images @p images, finalized. */
void snapshotPredictions(const Workspace& workspace, int predictions, const AnnotationStore& gt,
                         const std::vector<int>& images, AnnotationStore& out, std::vector<int>& predictionMap);

/**
 * Turns @p m's snapshot indices into workspace indices: ground truth through @p annotations,
 * predictions through @p predictions (left as they are when it is empty).
 */
void remap(ImageMatches& m, const std::vector<int>& annotations, const std::vector<int>& predictions);

} // namespace curator::snapshot
