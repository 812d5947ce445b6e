#pragma once
#include "sandbox/SandboxHttp.h"

// The seed world's locations (ARM GET /subscriptions/{id}/locations): the physical regions the
// sandbox serves (VmCatalog's isKnownLocation) and two logical ones, as Azure lists them.
namespace cw::sandbox {

// Entries without id (the endpoint adds the subscription's): name, type, displayName,
// regionalDisplayName, metadata.
Json seedLocations();

} // namespace cw::sandbox
