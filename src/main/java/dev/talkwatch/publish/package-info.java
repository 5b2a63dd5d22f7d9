/** Turning the catalog into things to share: the recap post from templates, and JSON and CSV listings. */
package dev.talkwatch.publish;
