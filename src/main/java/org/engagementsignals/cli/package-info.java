/** Command-line entry points: parse arguments, load settings, build the session, call the job. */
package org.engagementsignals.cli;
