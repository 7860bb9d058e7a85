/** The command line: run a load, run the bare relay, compare two results. */
package org.callwall.loadgen.cli;
