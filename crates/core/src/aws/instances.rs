//! Listing and describing Amazon Connect instances through the SDK, converted into our [`Instance`].

use crate::aws::errors::{bad_response, map_sdk_error, CallContext};
use crate::core::error::Result;
use crate::core::instance::{Instance, InstanceRef};
use aws_sdk_connect::types::{Instance as SdkInstance, InstanceSummary};
use aws_sdk_connect::Client;

/// Every instance the client's account has in the client's region, all pages followed.
pub async fn list_instances(client: &Client, context: &CallContext) -> Result<Vec<Instance>> {
    let region = client_region(client);
    let mut pages = client
        .list_instances()
        .max_results(10)
        .into_paginator()
        .send();
    let mut instances = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|error| map_sdk_error(error, context))?;
        instances.extend(
            page.instance_summary_list()
                .iter()
                .map(|summary| from_summary(summary, &region)),
        );
    }
    instances.sort_by_key(|instance| instance.label().to_lowercase());
    Ok(instances)
}

/// One instance by ID (its region is the client's).
pub async fn describe_instance(
    client: &Client,
    id: &str,
    context: &CallContext,
) -> Result<Instance> {
    let region = client_region(client);
    let output = client
        .describe_instance()
        .instance_id(id)
        .send()
        .await
        .map_err(|error| map_sdk_error(error, context))?;
    output
        .instance()
        .map(|instance| from_described(instance, &region))
        .ok_or_else(|| bad_response(context, crate::text!("bad-response-no-description")))
}

fn client_region(client: &Client) -> String {
    client
        .config()
        .region()
        .map(|region| region.to_string())
        .unwrap_or_default()
}

fn from_summary(summary: &InstanceSummary, region: &str) -> Instance {
    build(
        summary.id(),
        summary.arn(),
        summary.instance_alias(),
        summary.identity_management_type().map(|t| t.as_str()),
        summary.instance_status().map(|s| s.as_str()),
        summary.instance_access_url(),
        region,
    )
}

fn from_described(instance: &SdkInstance, region: &str) -> Instance {
    build(
        instance.id(),
        instance.arn(),
        instance.instance_alias(),
        instance.identity_management_type().map(|t| t.as_str()),
        instance.instance_status().map(|s| s.as_str()),
        instance.instance_access_url(),
        region,
    )
}

fn build(
    id: Option<&str>,
    arn: Option<&str>,
    alias: Option<&str>,
    identity: Option<&str>,
    status: Option<&str>,
    access_url: Option<&str>,
    region: &str,
) -> Instance {
    let arn = arn.unwrap_or_default().to_string();
    let parsed = InstanceRef::parse(&arn).ok();
    let id = id
        .map(str::to_string)
        .or_else(|| parsed.as_ref().map(|p| p.id.clone()))
        .unwrap_or_default();
    Instance {
        id,
        region: parsed
            .as_ref()
            .and_then(|p| p.region.clone())
            .unwrap_or_else(|| region.to_string()),
        account_id: parsed.and_then(|p| p.account_id).unwrap_or_default(),
        arn,
        alias: alias.map(str::to_string),
        identity_management_type: identity.map(str::to_string),
        status: status.map(str::to_string),
        access_url: access_url.map(str::to_string),
    }
}
