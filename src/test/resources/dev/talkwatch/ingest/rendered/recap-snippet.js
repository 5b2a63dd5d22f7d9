Array.from(temp1.getElementsByTagName("ytd-video-meta-block")).forEach((el) => {
  let header = el.parentElement.getElementsByTagName("h3")[0];
  let title = header.getElementsByTagName("a")[0].innerText;
  let href = header.getElementsByTagName("a")[0].getAttribute("href");
  let views = el.getElementsByTagName("yt-formatted-string")[1].getElementsByTagName("span")[0].innerText.split(" ")[0];
  console.log(`"[${title}](https://www.youtube.com${href})",${views}`);
})
