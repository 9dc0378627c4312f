/**
 * Small text helpers every other package may use (it depends on nothing of ours): making text
 * from strangers (the server, stdin, a browser's callback) safe to print for people.
 */
package org.musicminion.discover.text;
