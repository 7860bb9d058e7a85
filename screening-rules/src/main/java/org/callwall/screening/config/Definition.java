package org.callwall.screening.config;

import org.snakeyaml.engine.v2.nodes.Node;

/** One named definition found in a file's section (a trunk group, a list, ...), before compilation. */
record Definition(YamlFile yaml, String name, Node key, Node value, String path) {
}
