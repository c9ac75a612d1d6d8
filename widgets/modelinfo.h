#pragma once

#include <QString>

namespace curator {

class ModelSidecar;

/**
 * Model ▸ About the Model…: what a segmentation model is, what it learnt from, how well it does on
 * images it never saw and under which licence, from its sidecar, as rich text for a message box.
 * Fields the sidecar lacks are left out.
 */
QString modelInfoHtml(const ModelSidecar& sidecar);

} // namespace curator
