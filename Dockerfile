# syntax=docker/dockerfile:1
# HfsBot: build and publish with the .NET SDK image, run on the smaller runtime image (no ASP.NET: the bot serves
# no HTTP). Images are pinned to exact versions; bump them together with global.json.

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
ARG TARGETARCH
WORKDIR /src

# Restore in its own layer, from the project files only, so that code changes do not invalidate it.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/HfsBot.Core/HfsBot.Core.csproj src/HfsBot.Core/
COPY src/HfsBot.Discord/HfsBot.Discord.csproj src/HfsBot.Discord/
COPY src/HfsBot/HfsBot.csproj src/HfsBot/
RUN dotnet restore src/HfsBot/HfsBot.csproj -a $TARGETARCH

COPY src/ src/
# The core embeds faq/safety.yml, faq/synonyms.yml and faq/safety-examples.tsv as the built-in fallback for a
# broken or missing copy (src/HfsBot.Core/HfsBot.Core.csproj). Only those: editing an answer must not rebuild.
COPY faq/safety.yml faq/synonyms.yml faq/safety-examples.tsv faq/
RUN dotnet publish src/HfsBot/HfsBot.csproj -c Release -a $TARGETARCH --no-restore -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0.12 AS final
WORKDIR /app
COPY --from=build /app ./
# The curated FAQ ships in the image; mount your own folder over /app/faq to edit it without rebuilding.
COPY faq/ faq/
# State (the unanswered-question log, the health file) lives in a volume owned by the non-root app user.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
VOLUME ["/app/data"]
USER $APP_UID
ENV DOTNET_ENVIRONMENT=Production \
    Logging__Console__FormatterName=json
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["dotnet", "/app/HfsBot.dll", "health"]
ENTRYPOINT ["dotnet", "/app/HfsBot.dll"]
