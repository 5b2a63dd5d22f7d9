/** Live clients over java.net.http: YouTube's InnerTube browse endpoint and the YouTube Data API v3, with retries and progress. */
package dev.talkwatch.fetch;
