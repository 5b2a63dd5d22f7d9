/** The local web app: one routes class per screen, jte templates (src/main/jte), static assets, and its security. */
package dev.talkwatch.web;
