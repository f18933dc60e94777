"""Everything Qt lives here. The rest of the package never imports Qt."""
